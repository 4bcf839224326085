# Conformance: str count.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'hello world'.count('o')", lambda: 'hello world'.count('o'))
t("'hello world'.count('l', 3)", lambda: 'hello world'.count('l', 3))
t("'hello world'.count('l', 3, 9)", lambda: 'hello world'.count('l', 3, 9))
t("'hello world'.count('l', -3)", lambda: 'hello world'.count('l', -3))
t("'aaaa'.count('aa')", lambda: 'aaaa'.count('aa'))
t("'aaaa'.count('')", lambda: 'aaaa'.count(''))
t("'aaaa'.count('', 1)", lambda: 'aaaa'.count('', 1))
t("'aaaa'.count('', 2, 3)", lambda: 'aaaa'.count('', 2, 3))
t("'aaaa'.count('', 5)", lambda: 'aaaa'.count('', 5))
t("'aaaa'.count('', 4)", lambda: 'aaaa'.count('', 4))
t("''.count('')", lambda: ''.count(''))
t("''.count('a')", lambda: ''.count('a'))
t("'héllo héllo'.count('é')", lambda: 'héllo héllo'.count('é'))
t("'héllo héllo'.count('l', 4)", lambda: 'héllo héllo'.count('l', 4))
t("'héllo héllo'.count('', 3, 6)", lambda: 'héllo héllo'.count('', 3, 6))
t("'ααα'.count('α', -2)", lambda: 'ααα'.count('α', -2))
t("'abc'.count('abcd')", lambda: 'abc'.count('abcd'))
t("'abc'.count('b', 1, 1)", lambda: 'abc'.count('b', 1, 1))
t("'abc'.count(1)", lambda: 'abc'.count(1))
t("'abc'.count()", lambda: 'abc'.count())
t("'abc'.count('a', 'x')", lambda: 'abc'.count('a', 'x'))
t("'abc'.count('a', 0, 1, 2)", lambda: 'abc'.count('a', 0, 1, 2))
