# Conformance: bytes hex.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("b'abc'.hex()", lambda: b'abc'.hex())
t("b''.hex()", lambda: b''.hex())
t("b'\\x00\\xff\\x10'.hex()", lambda: b'\x00\xff\x10'.hex())
t("b'abc'.hex(':')", lambda: b'abc'.hex(':'))
t("b'abc'.hex(b'-')", lambda: b'abc'.hex(b'-'))
t("b'abcdef'.hex(':', 2)", lambda: b'abcdef'.hex(':', 2))
t("b'abcdefg'.hex(':', 2)", lambda: b'abcdefg'.hex(':', 2))
t("b'abcdefg'.hex(':', -2)", lambda: b'abcdefg'.hex(':', -2))
t("b'abcdef'.hex(':', 4)", lambda: b'abcdef'.hex(':', 4))
t("b'abcdef'.hex(':', -4)", lambda: b'abcdef'.hex(':', -4))
t("b'abcdef'.hex(':', 6)", lambda: b'abcdef'.hex(':', 6))
t("b'abcdef'.hex(':', 10)", lambda: b'abcdef'.hex(':', 10))
t("b'abcdef'.hex(':', 0)", lambda: b'abcdef'.hex(':', 0))
t("b'abcdef'.hex(' ', 1)", lambda: b'abcdef'.hex(' ', 1))
t("b'a'.hex(':')", lambda: b'a'.hex(':'))
t("b'abcdef'.hex(sep='|', bytes_per_sep=3)", lambda: b'abcdef'.hex(sep='|', bytes_per_sep=3))
t("b'abcdef'.hex(bytes_per_sep=3)", lambda: b'abcdef'.hex(bytes_per_sep=3))
t("bytes.hex(b'xyz')", lambda: bytes.hex(b'xyz'))
t("b'abc'.hex('::')", lambda: b'abc'.hex('::'))
t("b'abc'.hex('')", lambda: b'abc'.hex(''))
t("b'abc'.hex('é')", lambda: b'abc'.hex('é'))
t("b'abc'.hex(b'\\xff')", lambda: b'abc'.hex(b'\xff'))
t("b'abc'.hex(1)", lambda: b'abc'.hex(1))
t("b'abc'.hex([1])", lambda: b'abc'.hex([1]))
t("b'abc'.hex(':', 'x')", lambda: b'abc'.hex(':', 'x'))
t("b'abc'.hex(':', 2**40)", lambda: b'abc'.hex(':', 2**40))
t("b'abc'.hex(':', 1, 2)", lambda: b'abc'.hex(':', 1, 2))
t("b'abc'.hex(x=1)", lambda: b'abc'.hex(x=1))
