# Conformance: bytes percent errors.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("b'%s' % 'a'", lambda: b'%s' % 'a')
t("b'%s' % 1", lambda: b'%s' % 1)
t("b'%b' % None", lambda: b'%b' % None)
t("b'%c' % 256", lambda: b'%c' % 256)
t("b'%c' % -1", lambda: b'%c' % -1)
t("b'%c' % 2**70", lambda: b'%c' % 2**70)
t("b'%c' % b'ab'", lambda: b'%c' % b'ab')
t("b'%c' % 'a'", lambda: b'%c' % 'a')
t("b'%c' % 1.5", lambda: b'%c' % 1.5)
t("b'%d' % 'a'", lambda: b'%d' % 'a')
t("b'%x' % 3.5", lambda: b'%x' % 3.5)
t("b'%s %s' % (b'a',)", lambda: b'%s %s' % (b'a',))
t("b'%s' % (b'a', b'b')", lambda: b'%s' % (b'a', b'b'))
t("b'abc' % 5", lambda: b'abc' % 5)
t("b'%(a)s' % {'a': b'x'}", lambda: b'%(a)s' % {'a': b'x'})
t("b'%(a)s' % (1,)", lambda: b'%(a)s' % (1,))
t("b'%(a' % {b'a': 1}", lambda: b'%(a' % {b'a': 1})
t("b'%(a)' % {b'a': 1}", lambda: b'%(a)' % {b'a': 1})
t("b'%' % ()", lambda: b'%' % ())
t("b'%5' % 1", lambda: b'%5' % 1)
t("b'%y' % 1", lambda: b'%y' % 1)
t("b'%5z' % 1", lambda: b'%5z' % 1)
t("b'%z' % 1", lambda: b'%z' % 1)
t("b'%l' % 1", lambda: b'%l' % 1)
t("b'%.' % 1", lambda: b'%.' % 1)
t("b'%\\x7f' % 1", lambda: b'%\x7f' % 1)
t("b'%5\\xff' % 1", lambda: b'%5\xff' % 1)
t("b'%*d' % ('x', 1)", lambda: b'%*d' % ('x', 1))
class NB:
    def __bytes__(self):
        return 'not bytes'
t("b'%s' % NB()", lambda: b'%s' % NB())
t("b'%i' % 'a'", lambda: b'%i' % 'a')
t("b'%u' % 'a'", lambda: b'%u' % 'a')
t("b'%f' % b'x'", lambda: b'%f' % b'x')
t("b'%e' % None", lambda: b'%e' % None)
t("b'%g' % 'a'", lambda: b'%g' % 'a')
t("b'%i' % [1]", lambda: b'%i' % [1])
t("'%i' % 'a'", lambda: '%i' % 'a')
t("'%f' % 'a'", lambda: '%f' % 'a')
