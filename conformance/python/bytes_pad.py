# Conformance: bytes pad.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("b'abc'.center(9)", lambda: b'abc'.center(9))
t("b'abc'.center(10, b'*')", lambda: b'abc'.center(10, b'*'))
t("b'abcd'.center(9, b'-')", lambda: b'abcd'.center(9, b'-'))
t("b'abc'.ljust(6)", lambda: b'abc'.ljust(6))
t("b'abc'.ljust(6, b'.')", lambda: b'abc'.ljust(6, b'.'))
t("b'abc'.rjust(6, b'\\xff')", lambda: b'abc'.rjust(6, b'\xff'))
t("b'abc'.center(2)", lambda: b'abc'.center(2))
t("b'42'.zfill(5)", lambda: b'42'.zfill(5))
t("b'-42'.zfill(5)", lambda: b'-42'.zfill(5))
t("b'+42'.zfill(1)", lambda: b'+42'.zfill(1))
t("b''.zfill(3)", lambda: b''.zfill(3))
t("b'a\\tb\\tc'.expandtabs()", lambda: b'a\tb\tc'.expandtabs())
t("b'a\\tb\\tc'.expandtabs(4)", lambda: b'a\tb\tc'.expandtabs(4))
t("b'ab\\tcd\\n\\tef'.expandtabs(4)", lambda: b'ab\tcd\n\tef'.expandtabs(4))
t("b'\\xe9\\t\\xe9\\t'.expandtabs(4)", lambda: b'\xe9\t\xe9\t'.expandtabs(4))
t("b'a\\tb'.expandtabs(0)", lambda: b'a\tb'.expandtabs(0))
t("b'a\\tb'.expandtabs(tabsize=2)", lambda: b'a\tb'.expandtabs(tabsize=2))
t("b'abc'.center(5, 'x')", lambda: b'abc'.center(5, 'x'))
t("b'abc'.center(5, b'xy')", lambda: b'abc'.center(5, b'xy'))
t("b'abc'.center(5, 1)", lambda: b'abc'.center(5, 1))
t("b'abc'.center('5')", lambda: b'abc'.center('5'))
t("b'abc'.center()", lambda: b'abc'.center())
t("b'abc'.zfill('x')", lambda: b'abc'.zfill('x'))
t("b'abc'.zfill()", lambda: b'abc'.zfill())
t("b'abc'.expandtabs('x')", lambda: b'abc'.expandtabs('x'))
t("b'abc'.ljust(5, fillchar=b'x')", lambda: b'abc'.ljust(5, fillchar=b'x'))
