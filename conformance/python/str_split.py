# Conformance: str split.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'a,b,c'.split(',')", lambda: 'a,b,c'.split(','))
t("'a,b,c'.split(',', 1)", lambda: 'a,b,c'.split(',', 1))
t("'a,b,c'.split(',', 0)", lambda: 'a,b,c'.split(',', 0))
t("'a,b,c'.split(',', -1)", lambda: 'a,b,c'.split(',', -1))
t("'a,b,c'.split(',', 5)", lambda: 'a,b,c'.split(',', 5))
t("',a,,b,'.split(',')", lambda: ',a,,b,'.split(','))
t("'a::b::c'.split('::')", lambda: 'a::b::c'.split('::'))
t("'a::b::c'.split('::', 1)", lambda: 'a::b::c'.split('::', 1))
t("'abc'.split('abc')", lambda: 'abc'.split('abc'))
t("'abc'.split('x')", lambda: 'abc'.split('x'))
t("''.split(',')", lambda: ''.split(','))
t("''.split(',', 0)", lambda: ''.split(',', 0))
t("'a,b'.split(sep=',')", lambda: 'a,b'.split(sep=','))
t("'a,b,c'.split(sep=',', maxsplit=1)", lambda: 'a,b,c'.split(sep=',', maxsplit=1))
t("'a,b,c'.split(maxsplit=1, sep=',')", lambda: 'a,b,c'.split(maxsplit=1, sep=','))
t("'αβγαβγ'.split('β')", lambda: 'αβγαβγ'.split('β'))
t("'日本,語,テ'.split(',')", lambda: '日本,語,テ'.split(','))
t("'a🎉b🎉c'.split('🎉', 1)", lambda: 'a🎉b🎉c'.split('🎉', 1))
t("'a,b'.split('')", lambda: 'a,b'.split(''))
t("'a,b'.split(1)", lambda: 'a,b'.split(1))
t("'a,b'.split(b',')", lambda: 'a,b'.split(b','))
t("'a,b'.split(',', 'x')", lambda: 'a,b'.split(',', 'x'))
t("'a,b'.split(',', 1.0)", lambda: 'a,b'.split(',', 1.0))
t("'a,b'.split(',', 1, 2)", lambda: 'a,b'.split(',', 1, 2))
t("'a,b'.split(x=1)", lambda: 'a,b'.split(x=1))
t("'a,b'.split(',', sep=',')", lambda: 'a,b'.split(',', sep=','))
t("'a,b'.split(',', None)", lambda: 'a,b'.split(',', None))
t("'a b c'.split(' ', True)", lambda: 'a b c'.split(' ', True))
