# Conformance: str isalpha isalnum.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'abc'.isalpha()", lambda: 'abc'.isalpha())
t("'abc1'.isalpha()", lambda: 'abc1'.isalpha())
t("''.isalpha()", lambda: ''.isalpha())
t("'ABCxyz'.isalpha()", lambda: 'ABCxyz'.isalpha())
t("'éüñ'.isalpha()", lambda: 'éüñ'.isalpha())
t("'日本語'.isalpha()", lambda: '日本語'.isalpha())
t("'ᾈ'.isalpha()", lambda: 'ᾈ'.isalpha())
t("'e\\u0301'.isalpha()", lambda: 'e\u0301'.isalpha())
t("'ʰ'.isalpha()", lambda: 'ʰ'.isalpha())
t("'ⅰ'.isalpha()", lambda: 'ⅰ'.isalpha())
t("'Ⓐ'.isalpha()", lambda: 'Ⓐ'.isalpha())
t("'_'.isalpha()", lambda: '_'.isalpha())
t("'a b'.isalpha()", lambda: 'a b'.isalpha())
t("'ª'.isalpha()", lambda: 'ª'.isalpha())
t("'\\u0345'.isalpha()", lambda: '\u0345'.isalpha())
t("'abc1'.isalnum()", lambda: 'abc1'.isalnum())
t("'abc 1'.isalnum()", lambda: 'abc 1'.isalnum())
t("''.isalnum()", lambda: ''.isalnum())
t("'١٢٣abc'.isalnum()", lambda: '١٢٣abc'.isalnum())
t("'½x'.isalnum()", lambda: '½x'.isalnum())
t("'²'.isalnum()", lambda: '²'.isalnum())
t("'Ⅻ'.isalnum()", lambda: 'Ⅻ'.isalnum())
t("'e\\u0301'.isalnum()", lambda: 'e\u0301'.isalnum())
t("'日本123'.isalnum()", lambda: '日本123'.isalnum())
t("'-1'.isalnum()", lambda: '-1'.isalnum())
t("'〇'.isalnum()", lambda: '〇'.isalnum())
t("'abc'.isascii()", lambda: 'abc'.isascii())
t("''.isascii()", lambda: ''.isascii())
t("'\\x7f'.isascii()", lambda: '\x7f'.isascii())
t("'\\x80'.isascii()", lambda: '\x80'.isascii())
t("'é'.isascii()", lambda: 'é'.isascii())
t("'abc'.isalpha(1)", lambda: 'abc'.isalpha(1))
