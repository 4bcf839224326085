# Conformance: str replace.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'hello world'.replace('o', '0')", lambda: 'hello world'.replace('o', '0'))
t("'hello world'.replace('o', '0', 1)", lambda: 'hello world'.replace('o', '0', 1))
t("'hello world'.replace('o', '0', 0)", lambda: 'hello world'.replace('o', '0', 0))
t("'hello world'.replace('o', '0', -1)", lambda: 'hello world'.replace('o', '0', -1))
t("'hello world'.replace('o', '0', -5)", lambda: 'hello world'.replace('o', '0', -5))
t("'hello world'.replace('xyz', 'Q')", lambda: 'hello world'.replace('xyz', 'Q'))
t("'hello world'.replace('', '-')", lambda: 'hello world'.replace('', '-'))
t("'hello world'.replace('', '-', 3)", lambda: 'hello world'.replace('', '-', 3))
t("'abc'.replace('', '')", lambda: 'abc'.replace('', ''))
t("''.replace('', 'x')", lambda: ''.replace('', 'x'))
t("''.replace('', 'x', 0)", lambda: ''.replace('', 'x', 0))
t("''.replace('a', 'x')", lambda: ''.replace('a', 'x'))
t("'aaaa'.replace('aa', 'b')", lambda: 'aaaa'.replace('aa', 'b'))
t("'aaaa'.replace('a', '')", lambda: 'aaaa'.replace('a', ''))
t("'héllo'.replace('é', 'e')", lambda: 'héllo'.replace('é', 'e'))
t("'héllo'.replace('', '|')", lambda: 'héllo'.replace('', '|'))
t("'日本語'.replace('本', 'ほん')", lambda: '日本語'.replace('本', 'ほん'))
t("'abc'.replace('b', 'é', 1)", lambda: 'abc'.replace('b', 'é', 1))
t("'abc'.replace('b', 'b')", lambda: 'abc'.replace('b', 'b'))
t("'abc'.replace(1, 'a')", lambda: 'abc'.replace(1, 'a'))
t("'abc'.replace('a', 1)", lambda: 'abc'.replace('a', 1))
t("'abc'.replace('a')", lambda: 'abc'.replace('a'))
t("'abc'.replace('a', 'b', 'c')", lambda: 'abc'.replace('a', 'b', 'c'))
t("'abc'.replace('a', 'b', 1, 2)", lambda: 'abc'.replace('a', 'b', 1, 2))
t("'abc'.replace('a', 'b', count=1)", lambda: 'abc'.replace('a', 'b', count=1))
t("'abc'.replace('a', 'b', None)", lambda: 'abc'.replace('a', 'b', None))
t("'abc'.replace('a', 'b', 2**70)", lambda: 'abc'.replace('a', 'b', 2**70))
