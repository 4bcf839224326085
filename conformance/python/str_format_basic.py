# Conformance: str format basic.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'{} {}'.format('a', 'b')", lambda: '{} {}'.format('a', 'b'))
t("'{0} {1} {0}'.format('a', 'b')", lambda: '{0} {1} {0}'.format('a', 'b'))
t("'{x} {y}'.format(x=1, y=2)", lambda: '{x} {y}'.format(x=1, y=2))
t("'{0} {x}'.format('p', x='k')", lambda: '{0} {x}'.format('p', x='k'))
t("'{{}} {{{0}}}'.format(5)", lambda: '{{}} {{{0}}}'.format(5))
t("'{}'.format()", lambda: '{}'.format())
t("'no fields'.format(1, 2, x=3)", lambda: 'no fields'.format(1, 2, x=3))
t("''.format()", lambda: ''.format())
t("'{:>10}|{:<10}|{:^10}'.format('r', 'l', 'c')", lambda: '{:>10}|{:<10}|{:^10}'.format('r', 'l', 'c'))
t("'{:*^11}'.format('mid')", lambda: '{:*^11}'.format('mid'))
t("'{:08.3f}'.format(3.14159)", lambda: '{:08.3f}'.format(3.14159))
t("'{:+d} {: d} {:d}'.format(5, 5, -5)", lambda: '{:+d} {: d} {:d}'.format(5, 5, -5))
t("'{:,} {:_} {:_x}'.format(1234567, 1234567, 0xdeadbeef)", lambda: '{:,} {:_} {:_x}'.format(1234567, 1234567, 0xdeadbeef))
t("'{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}'.format(255, 255, 8, 5, 255, 8, 5)", lambda: '{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}'.format(255, 255, 8, 5, 255, 8, 5))
t("'{:e} {:.2E} {:g} {:%}'.format(12345.678, 0.000123, 1e20, 0.25)", lambda: '{:e} {:.2E} {:g} {:%}'.format(12345.678, 0.000123, 1e20, 0.25))
t("'{:c}'.format(65)", lambda: '{:c}'.format(65))
t("'{:.3}'.format('abcdef')", lambda: '{:.3}'.format('abcdef'))
t("'{:10.3}|'.format('abcdef')", lambda: '{:10.3}|'.format('abcdef'))
t("'{!r} {!s} {!a}'.format('é', 'é', 'é')", lambda: '{!r} {!s} {!a}'.format('é', 'é', 'é'))
t("'{0!r:>8}'.format('x')", lambda: '{0!r:>8}'.format('x'))
t("'{:{width}.{prec}f}'.format(3.14159, width=10, prec=2)", lambda: '{:{width}.{prec}f}'.format(3.14159, width=10, prec=2))
t("'{:{}{}}'.format('x', '>', 5)", lambda: '{:{}{}}'.format('x', '>', 5))
t("'{0:{1}}'.format('x', 5)", lambda: '{0:{1}}'.format('x', 5))
t("'{}'.format(None)", lambda: '{}'.format(None))
t("'{}'.format(True)", lambda: '{}'.format(True))
t("'{:d}'.format(True)", lambda: '{:d}'.format(True))
t("'{:>6}'.format(True)", lambda: '{:>6}'.format(True))
t("'{}'.format([1, 'a'])", lambda: '{}'.format([1, 'a']))
t("'{}'.format({'k': (1, 2)})", lambda: '{}'.format({'k': (1, 2)}))
t("'{}'.format(1.0)", lambda: '{}'.format(1.0))
t("'{}'.format(10**30)", lambda: '{}'.format(10**30))
t("'{:,}'.format(10**30)", lambda: '{:,}'.format(10**30))
t("'{:=+8}'.format(-42)", lambda: '{:=+8}'.format(-42))
t("'{:0=8}'.format(-42)", lambda: '{:0=8}'.format(-42))
t("'{:#010x}'.format(255)", lambda: '{:#010x}'.format(255))
t("'{:n}'.format(1234)", lambda: '{:n}'.format(1234))
t("'{:s}'.format('str')", lambda: '{:s}'.format('str'))
t("'{}'.format(b'bytes')", lambda: '{}'.format(b'bytes'))
t("'é{}ü'.format('日')", lambda: 'é{}ü'.format('日'))
t("'{:é^7}'.format('日本')", lambda: '{:é^7}'.format('日本'))
t("'{:日<5}'.format(1)", lambda: '{:日<5}'.format(1))
