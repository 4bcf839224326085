# Conformance: str partition.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'a=b=c'.partition('=')", lambda: 'a=b=c'.partition('='))
t("'a=b=c'.rpartition('=')", lambda: 'a=b=c'.rpartition('='))
t("'abc'.partition('=')", lambda: 'abc'.partition('='))
t("'abc'.rpartition('=')", lambda: 'abc'.rpartition('='))
t("'a==b'.partition('==')", lambda: 'a==b'.partition('=='))
t("'=abc='.partition('=')", lambda: '=abc='.partition('='))
t("'=abc='.rpartition('=')", lambda: '=abc='.rpartition('='))
t("''.partition('x')", lambda: ''.partition('x'))
t("''.rpartition('x')", lambda: ''.rpartition('x'))
t("'héllo wörld'.partition('ö')", lambda: 'héllo wörld'.partition('ö'))
t("'日本語'.rpartition('本')", lambda: '日本語'.rpartition('本'))
t("'abc'.partition('')", lambda: 'abc'.partition(''))
t("'abc'.rpartition('')", lambda: 'abc'.rpartition(''))
t("'abc'.partition(1)", lambda: 'abc'.partition(1))
t("'abc'.partition(None)", lambda: 'abc'.partition(None))
t("'abc'.partition()", lambda: 'abc'.partition())
t("'abc'.partition('a', 'b')", lambda: 'abc'.partition('a', 'b'))
t("'abc'.rpartition(b'b')", lambda: 'abc'.rpartition(b'b'))
print('removeprefix / removesuffix')
t("'prefix_name'.removeprefix('prefix_')", lambda: 'prefix_name'.removeprefix('prefix_'))
t("'prefix_name'.removeprefix('x')", lambda: 'prefix_name'.removeprefix('x'))
t("'prefix_name'.removeprefix('')", lambda: 'prefix_name'.removeprefix(''))
t("'name.py'.removesuffix('.py')", lambda: 'name.py'.removesuffix('.py'))
t("'name.py'.removesuffix('.txt')", lambda: 'name.py'.removesuffix('.txt'))
t("'name.py'.removesuffix('')", lambda: 'name.py'.removesuffix(''))
t("''.removeprefix('a')", lambda: ''.removeprefix('a'))
t("'aaa'.removeprefix('a')", lambda: 'aaa'.removeprefix('a'))
t("'éa'.removeprefix('é')", lambda: 'éa'.removeprefix('é'))
t("'aé'.removesuffix('é')", lambda: 'aé'.removesuffix('é'))
t("'abc'.removeprefix('abc')", lambda: 'abc'.removeprefix('abc'))
t("'abc'.removeprefix('abcd')", lambda: 'abc'.removeprefix('abcd'))
t("'abc'.removeprefix(1)", lambda: 'abc'.removeprefix(1))
t("'abc'.removesuffix(None)", lambda: 'abc'.removesuffix(None))
t("'abc'.removeprefix()", lambda: 'abc'.removeprefix())
t("'abc'.removeprefix('a', 'b')", lambda: 'abc'.removeprefix('a', 'b'))
t("'abc'.removesuffix(suffix='c')", lambda: 'abc'.removesuffix(suffix='c'))
