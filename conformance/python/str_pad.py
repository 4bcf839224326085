# Conformance: str pad.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'abc'.center(9)", lambda: 'abc'.center(9))
t("'abc'.center(10)", lambda: 'abc'.center(10))
t("'abcd'.center(9)", lambda: 'abcd'.center(9))
t("'abcd'.center(10)", lambda: 'abcd'.center(10))
t("'a'.center(4, '*')", lambda: 'a'.center(4, '*'))
t("'a'.center(5, '*')", lambda: 'a'.center(5, '*'))
t("'ab'.center(5, '*')", lambda: 'ab'.center(5, '*'))
t("'ab'.center(6, '*')", lambda: 'ab'.center(6, '*'))
t("'abc'.center(2)", lambda: 'abc'.center(2))
t("'abc'.center(-5)", lambda: 'abc'.center(-5))
t("'abc'.ljust(6)", lambda: 'abc'.ljust(6))
t("'abc'.ljust(6, '.')", lambda: 'abc'.ljust(6, '.'))
t("'abc'.rjust(6)", lambda: 'abc'.rjust(6))
t("'abc'.rjust(6, '.')", lambda: 'abc'.rjust(6, '.'))
t("'abc'.ljust(0)", lambda: 'abc'.ljust(0))
t("'héllo'.center(9, 'é')", lambda: 'héllo'.center(9, 'é'))
t("'日本'.center(6, '・')", lambda: '日本'.center(6, '・'))
t("'日本'.ljust(5, '🎉')", lambda: '日本'.ljust(5, '🎉'))
t("'日本'.rjust(5, '🎉')", lambda: '日本'.rjust(5, '🎉'))
t("''.center(3, 'x')", lambda: ''.center(3, 'x'))
t("'abc'.center(True)", lambda: 'abc'.center(True))
t("'abc'.center(5, '')", lambda: 'abc'.center(5, ''))
t("'abc'.center(5, 'ab')", lambda: 'abc'.center(5, 'ab'))
t("'abc'.center(5, 1)", lambda: 'abc'.center(5, 1))
t("'abc'.center(5, b'x')", lambda: 'abc'.center(5, b'x'))
t("'abc'.center('5')", lambda: 'abc'.center('5'))
t("'abc'.center(5.0)", lambda: 'abc'.center(5.0))
t("'abc'.center()", lambda: 'abc'.center())
t("'abc'.center(5, '*', 1)", lambda: 'abc'.center(5, '*', 1))
t("'abc'.ljust(5, fillchar='*')", lambda: 'abc'.ljust(5, fillchar='*'))
t("'abc'.rjust(2**70)", lambda: 'abc'.rjust(2**70))
t("'abc'.rjust(2**40)", lambda: 'abc'.rjust(2**40))
