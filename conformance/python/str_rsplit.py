# Conformance: str rsplit.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'a,b,c'.rsplit(',')", lambda: 'a,b,c'.rsplit(','))
t("'a,b,c'.rsplit(',', 1)", lambda: 'a,b,c'.rsplit(',', 1))
t("'a,b,c'.rsplit(',', 0)", lambda: 'a,b,c'.rsplit(',', 0))
t("',a,,b,'.rsplit(',', 2)", lambda: ',a,,b,'.rsplit(',', 2))
t("'a::b::c'.rsplit('::', 1)", lambda: 'a::b::c'.rsplit('::', 1))
t("'aaa'.rsplit('aa')", lambda: 'aaa'.rsplit('aa'))
t("'aaa'.split('aa')", lambda: 'aaa'.split('aa'))
t("'aaaa'.rsplit('aa', 1)", lambda: 'aaaa'.rsplit('aa', 1))
t("'αβγαβγ'.rsplit('β', 1)", lambda: 'αβγαβγ'.rsplit('β', 1))
t("''.rsplit(',')", lambda: ''.rsplit(','))
t("'a,b'.rsplit('')", lambda: 'a,b'.rsplit(''))
t("'a,b'.rsplit(1)", lambda: 'a,b'.rsplit(1))
t("'a,b,c'.rsplit(sep=',', maxsplit=1)", lambda: 'a,b,c'.rsplit(sep=',', maxsplit=1))
