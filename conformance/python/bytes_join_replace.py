# Conformance: bytes join replace.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("b','.join([b'a', b'b', b'c'])", lambda: b','.join([b'a', b'b', b'c']))
t("b''.join([b'a', b'b'])", lambda: b''.join([b'a', b'b']))
t("b','.join([])", lambda: b','.join([]))
t("b','.join([b'x'])", lambda: b','.join([b'x']))
t("b','.join((b'a', b'b'))", lambda: b','.join((b'a', b'b')))
t("b'-'.join(x for x in [b'p', b'q'])", lambda: b'-'.join(x for x in [b'p', b'q']))
t("b','.join(['a'])", lambda: b','.join(['a']))
t("b','.join([b'a', 1])", lambda: b','.join([b'a', 1]))
t("b','.join(1)", lambda: b','.join(1))
t("b','.join()", lambda: b','.join())
t("b'hello'.replace(b'l', b'L')", lambda: b'hello'.replace(b'l', b'L'))
t("b'hello'.replace(b'l', b'L', 1)", lambda: b'hello'.replace(b'l', b'L', 1))
t("b'hello'.replace(b'l', b'L', 0)", lambda: b'hello'.replace(b'l', b'L', 0))
t("b'hello'.replace(b'', b'-')", lambda: b'hello'.replace(b'', b'-'))
t("b'hello'.replace(b'', b'-', 2)", lambda: b'hello'.replace(b'', b'-', 2))
t("b'\\xff\\xfe'.replace(b'', b'-')", lambda: b'\xff\xfe'.replace(b'', b'-'))
t("b''.replace(b'', b'x')", lambda: b''.replace(b'', b'x'))
t("b'hello'.replace(b'xyz', b'Q')", lambda: b'hello'.replace(b'xyz', b'Q'))
t("b'hello'.replace(b'hello', b'')", lambda: b'hello'.replace(b'hello', b''))
t("b'hello'.replace('l', b'L')", lambda: b'hello'.replace('l', b'L'))
t("b'hello'.replace(b'l', 'L')", lambda: b'hello'.replace(b'l', 'L'))
t("b'hello'.replace(b'l')", lambda: b'hello'.replace(b'l'))
t("b'hello'.replace(b'l', b'L', 'x')", lambda: b'hello'.replace(b'l', b'L', 'x'))
