# Conformance: bytes percent.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("b'%s %s' % (b'a', b'b')", lambda: b'%s %s' % (b'a', b'b'))
t("b'%b' % b'x'", lambda: b'%b' % b'x')
t("b'%s' % b'\\xff\\x00'", lambda: b'%s' % b'\xff\x00')
t("b'%d %i %u' % (1, 2, 3)", lambda: b'%d %i %u' % (1, 2, 3))
t("b'%5d|%-5d|%05d' % (42, 42, 42)", lambda: b'%5d|%-5d|%05d' % (42, 42, 42))
t("b'%x %X %o %#x' % (255, 255, 8, 255)", lambda: b'%x %X %o %#x' % (255, 255, 8, 255))
t("b'%.2f %e %g' % (3.14159, 12345.678, 1e20)", lambda: b'%.2f %e %g' % (3.14159, 12345.678, 1e20))
t("b'%c%c' % (65, b'B')", lambda: b'%c%c' % (65, b'B'))
t("b'%c' % 255", lambda: b'%c' % 255)
t("b'%r' % 'é'", lambda: b'%r' % 'é')
t("b'%a' % 'é'", lambda: b'%a' % 'é')
t("b'%r' % b'x'", lambda: b'%r' % b'x')
t("b'%a' % [1, 'é']", lambda: b'%a' % [1, 'é'])
t("b'%%' % ()", lambda: b'%%' % ())
t("b'100%%' % ()", lambda: b'100%%' % ())
t("b'%(name)s' % {b'name': b'Bob'}", lambda: b'%(name)s' % {b'name': b'Bob'})
t("b'%(n)d' % {b'n': 5}", lambda: b'%(n)d' % {b'n': 5})
t("b'%*d|%-*d|' % (5, 1, 5, 2)", lambda: b'%*d|%-*d|' % (5, 1, 5, 2))
t("b'%.*f' % (2, 3.14159)", lambda: b'%.*f' % (2, 3.14159))
t("b'%5s|%-5s|' % (b'ab', b'cd')", lambda: b'%5s|%-5s|' % (b'ab', b'cd'))
t("b'%.1s|%5.2b|' % (b'abc', b'xyz')", lambda: b'%.1s|%5.2b|' % (b'abc', b'xyz'))
t("b'%5c|' % 65", lambda: b'%5c|' % 65)
t("b'%i' % 3.7", lambda: b'%i' % 3.7)
t("b'%d' % True", lambda: b'%d' % True)
t("b'%z5d|' % 7", lambda: b'%z5d|' % 7)
t("b'\\xff%s\\xfe' % b'\\x80'", lambda: b'\xff%s\xfe' % b'\x80')
t("b'%s' % (b'',)", lambda: b'%s' % (b'',))
t("b'abc' % ()", lambda: b'abc' % ())
t("b'abc' % {}", lambda: b'abc' % {})
class B:
    def __bytes__(self):
        return b'from-bytes'
t("b'%s|%b' % (B(), B())", lambda: b'%s|%b' % (B(), B()))
