# Conformance: str expandtabs.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'a\\tb\\tc'.expandtabs()", lambda: 'a\tb\tc'.expandtabs())
t("'a\\tb\\tc'.expandtabs(4)", lambda: 'a\tb\tc'.expandtabs(4))
t("'a\\tb\\tc'.expandtabs(1)", lambda: 'a\tb\tc'.expandtabs(1))
t("'a\\tb\\tc'.expandtabs(0)", lambda: 'a\tb\tc'.expandtabs(0))
t("'a\\tb\\tc'.expandtabs(-3)", lambda: 'a\tb\tc'.expandtabs(-3))
t("'ab\\tcd\\n\\tef'.expandtabs(4)", lambda: 'ab\tcd\n\tef'.expandtabs(4))
t("'ab\\tcd\\r\\tef'.expandtabs(4)", lambda: 'ab\tcd\r\tef'.expandtabs(4))
t("'abcd\\t'.expandtabs(4)", lambda: 'abcd\t'.expandtabs(4))
t("'\\t\\t'.expandtabs(3)", lambda: '\t\t'.expandtabs(3))
t("'é\\tü\\t日\\t'.expandtabs(4)", lambda: 'é\tü\t日\t'.expandtabs(4))
t("'🎉\\tx'.expandtabs(4)", lambda: '🎉\tx'.expandtabs(4))
t("'e\\u0301\\tx'.expandtabs(4)", lambda: 'e\u0301\tx'.expandtabs(4))
t("'no tabs'.expandtabs()", lambda: 'no tabs'.expandtabs())
t("''.expandtabs()", lambda: ''.expandtabs())
t("'a\\tb'.expandtabs(tabsize=2)", lambda: 'a\tb'.expandtabs(tabsize=2))
t("'a\\tb'.expandtabs(True)", lambda: 'a\tb'.expandtabs(True))
t("'a\\tb'.expandtabs('4')", lambda: 'a\tb'.expandtabs('4'))
t("'a\\tb'.expandtabs(4.0)", lambda: 'a\tb'.expandtabs(4.0))
t("'a\\tb'.expandtabs(2, 3)", lambda: 'a\tb'.expandtabs(2, 3))
t("'a\\tb'.expandtabs(size=2)", lambda: 'a\tb'.expandtabs(size=2))
t("'a\\tb'.expandtabs(2**70)", lambda: 'a\tb'.expandtabs(2**70))
