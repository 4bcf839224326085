# Conformance: str casefold.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'Hello World'.casefold()", lambda: 'Hello World'.casefold())
t("''.casefold()", lambda: ''.casefold())
t("'ß'.casefold()", lambda: 'ß'.casefold())
t("'STRASSE'.casefold() == 'straße'.casefold()", lambda: 'STRASSE'.casefold() == 'straße'.casefold())
t("'ΣΑΣ'.casefold()", lambda: 'ΣΑΣ'.casefold())
t("'ς'.casefold()", lambda: 'ς'.casefold())
t("'ﬁ'.casefold()", lambda: 'ﬁ'.casefold())
t("'İ'.casefold()", lambda: 'İ'.casefold())
t("'ῼ'.casefold()", lambda: 'ῼ'.casefold())
t("'ᾈ'.casefold()", lambda: 'ᾈ'.casefold())
t("'ﬀ'.casefold()", lambda: 'ﬀ'.casefold())
t("'Ꭰ'.casefold()", lambda: 'Ꭰ'.casefold())
t("'ꭰ'.casefold()", lambda: 'ꭰ'.casefold())
t("'ᏸ'.casefold()", lambda: 'ᏸ'.casefold())
t("'𐐀'.casefold()", lambda: '𐐀'.casefold())
t("'ǅ'.casefold()", lambda: 'ǅ'.casefold())
t("'ẞ'.casefold()", lambda: 'ẞ'.casefold())
t("'ŉ'.casefold()", lambda: 'ŉ'.casefold())
t("'K'.casefold()", lambda: 'K'.casefold())
t("'Ω'.casefold()", lambda: 'Ω'.casefold())
t("'ſt'.casefold()", lambda: 'ſt'.casefold())
t("'ﬅ'.casefold() == 'ﬆ'.casefold()", lambda: 'ﬅ'.casefold() == 'ﬆ'.casefold())
t("'ΐ'.casefold() == 'ΐ'.casefold()", lambda: 'ΐ'.casefold() == 'ΐ'.casefold())
t("'hello'.casefold(1)", lambda: 'hello'.casefold(1))
t("'hello'.casefold(x=1)", lambda: 'hello'.casefold(x=1))
