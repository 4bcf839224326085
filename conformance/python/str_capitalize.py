# Conformance: str capitalize.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'hello world'.capitalize()", lambda: 'hello world'.capitalize())
t("'HELLO WORLD'.capitalize()", lambda: 'HELLO WORLD'.capitalize())
t("'hELLO'.capitalize()", lambda: 'hELLO'.capitalize())
t("'123abc'.capitalize()", lambda: '123abc'.capitalize())
t("''.capitalize()", lambda: ''.capitalize())
t("'a'.capitalize()", lambda: 'a'.capitalize())
t("'élan'.capitalize()", lambda: 'élan'.capitalize())
t("'ÉLAN'.capitalize()", lambda: 'ÉLAN'.capitalize())
t("'ǆemal'.capitalize()", lambda: 'ǆemal'.capitalize())
t("'ǅEMAL'.capitalize()", lambda: 'ǅEMAL'.capitalize())
t("'ßa'.capitalize()", lambda: 'ßa'.capitalize())
t("'ΟΔΟΣ ΟΔΟΣ'.capitalize()", lambda: 'ΟΔΟΣ ΟΔΟΣ'.capitalize())
t("'ﬁre'.capitalize()", lambda: 'ﬁre'.capitalize())
t("'ŉ'.capitalize()", lambda: 'ŉ'.capitalize())
t("'İI'.capitalize()", lambda: 'İI'.capitalize())
t("'日本'.capitalize()", lambda: '日本'.capitalize())
t("' hello'.capitalize()", lambda: ' hello'.capitalize())
t("'hello'.capitalize(1)", lambda: 'hello'.capitalize(1))
