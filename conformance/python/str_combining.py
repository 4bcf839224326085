# Conformance: str combining.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("len('e\\u0301')", lambda: len('e\u0301'))
t("len('é')", lambda: len('é'))
t("'e\\u0301' == 'é'", lambda: 'e\u0301' == 'é')
t("'e\\u0301'[0]", lambda: 'e\u0301'[0])
t("'e\\u0301'[1]", lambda: 'e\u0301'[1])
t("'e\\u0301'[::-1]", lambda: 'e\u0301'[::-1])
t("'cafe\\u0301'.upper()", lambda: 'cafe\u0301'.upper())
t("'CAFE\\u0301'.lower()", lambda: 'CAFE\u0301'.lower())
t("'cafe\\u0301 noir'.title()", lambda: 'cafe\u0301 noir'.title())
t("'cafe\\u0301'.capitalize()", lambda: 'cafe\u0301'.capitalize())
t("'e\\u0301'.isalpha()", lambda: 'e\u0301'.isalpha())
t("'e\\u0301'.isalnum()", lambda: 'e\u0301'.isalnum())
t("'e\\u0301'.isidentifier()", lambda: 'e\u0301'.isidentifier())
t("'\\u0301'.isalpha()", lambda: '\u0301'.isalpha())
t("'\\u0301'.isprintable()", lambda: '\u0301'.isprintable())
t("'a\\u0308\\u0304'.upper()", lambda: 'a\u0308\u0304'.upper())
t("'i\\u0307'.upper()", lambda: 'i\u0307'.upper())
t("'I\\u0307'.lower()", lambda: 'I\u0307'.lower())
t("'cafe\\u0301'.find('\\u0301')", lambda: 'cafe\u0301'.find('\u0301'))
t("'cafe\\u0301'.center(8, '*')", lambda: 'cafe\u0301'.center(8, '*'))
t("'cafe\\u0301'.ljust(6, '.')", lambda: 'cafe\u0301'.ljust(6, '.'))
t("'e\\u0301e\\u0301'.split('\\u0301')", lambda: 'e\u0301e\u0301'.split('\u0301'))
t("'e\\u0301e\\u0301'.count('e')", lambda: 'e\u0301e\u0301'.count('e'))
t("'e\\u0301'.replace('\\u0301', '')", lambda: 'e\u0301'.replace('\u0301', ''))
t("'e\\u0301\\u0327'.swapcase()", lambda: 'e\u0301\u0327'.swapcase())
t("'ΑΣ\\u0301 ΟΣ\\u0308'.lower()", lambda: 'ΑΣ\u0301 ΟΣ\u0308'.lower())
t("'\\u0345'.upper()", lambda: '\u0345'.upper())
t("'α\\u0345'.upper()", lambda: 'α\u0345'.upper())
t("'α\\u0345'.title()", lambda: 'α\u0345'.title())
t("'ᾳ'.upper() == 'α\\u0345'.upper()", lambda: 'ᾳ'.upper() == 'α\u0345'.upper())
t("'x\\u20dd'.upper()", lambda: 'x\u20dd'.upper())
t("'\\u1ab0a'.upper()", lambda: '\u1ab0a'.upper())
t("'Z\\u0335'.lower()", lambda: 'Z\u0335'.lower())
