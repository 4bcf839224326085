# Conformance: str swapcase.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'Hello World'.swapcase()", lambda: 'Hello World'.swapcase())
t("'hELLO wORLD 123'.swapcase()", lambda: 'hELLO wORLD 123'.swapcase())
t("''.swapcase()", lambda: ''.swapcase())
t("'ÀéÎõ'.swapcase()", lambda: 'ÀéÎõ'.swapcase())
t("'ß'.swapcase()", lambda: 'ß'.swapcase())
t("'ẞ'.swapcase()", lambda: 'ẞ'.swapcase())
t("'ǅ'.swapcase()", lambda: 'ǅ'.swapcase())
t("'ǆ Ǆ'.swapcase()", lambda: 'ǆ Ǆ'.swapcase())
t("'ΣΑΣ σας'.swapcase()", lambda: 'ΣΑΣ σας'.swapcase())
t("'ΑΣ'.swapcase()", lambda: 'ΑΣ'.swapcase())
t("'İ'.swapcase()", lambda: 'İ'.swapcase())
t("'ı'.swapcase()", lambda: 'ı'.swapcase())
t("'ﬁ'.swapcase()", lambda: 'ﬁ'.swapcase())
t("'ͅ'.swapcase()", lambda: 'ͅ'.swapcase())
t("'Ⓐⓑ'.swapcase()", lambda: 'Ⓐⓑ'.swapcase())
t("'Ⅰⅱ'.swapcase()", lambda: 'Ⅰⅱ'.swapcase())
t("'𐐀𐐩'.swapcase()", lambda: '𐐀𐐩'.swapcase())
t("'日本'.swapcase()", lambda: '日本'.swapcase())
t("'µ'.swapcase()", lambda: 'µ'.swapcase())
t("'hello'.swapcase(1)", lambda: 'hello'.swapcase(1))
