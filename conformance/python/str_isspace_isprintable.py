# Conformance: str isspace isprintable.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("' \\t\\n\\r\\x0b\\x0c'.isspace()", lambda: ' \t\n\r\x0b\x0c'.isspace())
t("'\\x1c\\x1d\\x1e\\x1f'.isspace()", lambda: '\x1c\x1d\x1e\x1f'.isspace())
t("'\\x85\\xa0'.isspace()", lambda: '\x85\xa0'.isspace())
t("'\\u1680\\u2000\\u2001\\u200a'.isspace()", lambda: '\u1680\u2000\u2001\u200a'.isspace())
t("'\\u2028\\u2029\\u202f\\u205f\\u3000'.isspace()", lambda: '\u2028\u2029\u202f\u205f\u3000'.isspace())
t("'\\u200b'.isspace()", lambda: '\u200b'.isspace())
t("'\\u180e'.isspace()", lambda: '\u180e'.isspace())
t("'\\ufeff'.isspace()", lambda: '\ufeff'.isspace())
t("''.isspace()", lambda: ''.isspace())
t("' a '.isspace()", lambda: ' a '.isspace())
t("'abc'.isprintable()", lambda: 'abc'.isprintable())
t("''.isprintable()", lambda: ''.isprintable())
t("'a b'.isprintable()", lambda: 'a b'.isprintable())
t("'a\\tb'.isprintable()", lambda: 'a\tb'.isprintable())
t("'a\\nb'.isprintable()", lambda: 'a\nb'.isprintable())
t("'\\x7f'.isprintable()", lambda: '\x7f'.isprintable())
t("'\\xa0'.isprintable()", lambda: '\xa0'.isprintable())
t("'\\xad'.isprintable()", lambda: '\xad'.isprintable())
t("'é日本🎉'.isprintable()", lambda: 'é日本🎉'.isprintable())
t("'\\u200b'.isprintable()", lambda: '\u200b'.isprintable())
t("'\\u2028'.isprintable()", lambda: '\u2028'.isprintable())
t("'\\u3000'.isprintable()", lambda: '\u3000'.isprintable())
t("'\\ue000'.isprintable()", lambda: '\ue000'.isprintable())
t("'\\U000e0001'.isprintable()", lambda: '\U000e0001'.isprintable())
t("'\\u0378'.isprintable()", lambda: '\u0378'.isprintable())
t("'\\U0001faf0'.isprintable()", lambda: '\U0001faf0'.isprintable())
t("'\\U0001faf7'.isprintable()", lambda: '\U0001faf7'.isprintable())
t("'e\\u0301'.isprintable()", lambda: 'e\u0301'.isprintable())
t("repr('\\xa0\\xad\\u200b\\u2028\\U000e0001\\x7f')", lambda: repr('\xa0\xad\u200b\u2028\U000e0001\x7f'))
t("repr('é日本🎉\\u0378')", lambda: repr('é日本🎉\u0378'))
t("' '.isspace(1)", lambda: ' '.isspace(1))
