# Conformance: str title.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'hello world'.title()", lambda: 'hello world'.title())
t("'HELLO WORLD'.title()", lambda: 'HELLO WORLD'.title())
t('"they\'re bill\'s friends".title()', lambda: "they're bill's friends".title())
t("'hello_world-foo bar2baz'.title()", lambda: 'hello_world-foo bar2baz'.title())
t("'123abc 4DEF'.title()", lambda: '123abc 4DEF'.title())
t("''.title()", lambda: ''.title())
t("'a'.title()", lambda: 'a'.title())
t("'élan vital'.title()", lambda: 'élan vital'.title())
t("'ÉLAN VITAL'.title()", lambda: 'ÉLAN VITAL'.title())
t("'über straße'.title()", lambda: 'über straße'.title())
t("'ǆemal ǈubljana ǌive'.title()", lambda: 'ǆemal ǈubljana ǌive'.title())
t("'ǅemal'.title()", lambda: 'ǅemal'.title())
t("'ΑΘΗΝΑ ΣΠΑΡΤΗ'.title()", lambda: 'ΑΘΗΝΑ ΣΠΑΡΤΗ'.title())
t("'москва питер'.title()", lambda: 'москва питер'.title())
t("'e\\u0301cole e\\u0301te\\u0301'.title()", lambda: 'e\u0301cole e\u0301te\u0301'.title())
t("'x\\u0301y'.title()", lambda: 'x\u0301y'.title())
t("'a\\u02b0b'.title()", lambda: 'a\u02b0b'.title())
t("'日本語 text'.title()", lambda: '日本語 text'.title())
t("'🎉party time'.title()", lambda: '🎉party time'.title())
t("'ǉ'.title()", lambda: 'ǉ'.title())
t("'ﬁne ﬂow'.title()", lambda: 'ﬁne ﬂow'.title())
t("'hello'.title(1)", lambda: 'hello'.title(1))
print('istitle')
t("'Hello World'.istitle()", lambda: 'Hello World'.istitle())
t("'Hello world'.istitle()", lambda: 'Hello world'.istitle())
t("'HELLO'.istitle()", lambda: 'HELLO'.istitle())
t("'Hello'.istitle()", lambda: 'Hello'.istitle())
t("'H'.istitle()", lambda: 'H'.istitle())
t("'h'.istitle()", lambda: 'h'.istitle())
t("''.istitle()", lambda: ''.istitle())
t("'123'.istitle()", lambda: '123'.istitle())
t("'1A'.istitle()", lambda: '1A'.istitle())
t("'A1a'.istitle()", lambda: 'A1a'.istitle())
t("'ǅemal'.istitle()", lambda: 'ǅemal'.istitle())
t("'ǅEmal'.istitle()", lambda: 'ǅEmal'.istitle())
t("'É Ü'.istitle()", lambda: 'É Ü'.istitle())
t("'Ώ Ά'.istitle()", lambda: 'Ώ Ά'.istitle())
t('"They\'Re".istitle()', lambda: "They'Re".istitle())
t("'A\\u0301b'.istitle()", lambda: 'A\u0301b'.istitle())
