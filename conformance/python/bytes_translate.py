# Conformance: bytes translate.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("bytes.maketrans(b'abc', b'xyz')[97:100]", lambda: bytes.maketrans(b'abc', b'xyz')[97:100])
t("len(bytes.maketrans(b'', b''))", lambda: len(bytes.maketrans(b'', b'')))
t("bytes.maketrans(b'', b'') == bytes(range(256))", lambda: bytes.maketrans(b'', b'') == bytes(range(256)))
t("b'hello'.translate(bytes.maketrans(b'el', b'ip'))", lambda: b'hello'.translate(bytes.maketrans(b'el', b'ip')))
t("b'hello'.translate(None)", lambda: b'hello'.translate(None))
t("b'hello'.translate(None, b'l')", lambda: b'hello'.translate(None, b'l'))
t("b'hello'.translate(None, delete=b'lo')", lambda: b'hello'.translate(None, delete=b'lo'))
t("b'hello'.translate(bytes.maketrans(b'h', b'j'), b'o')", lambda: b'hello'.translate(bytes.maketrans(b'h', b'j'), b'o'))
t("b'\\xff\\x00'.translate(bytes.maketrans(b'\\xff\\x00', b'\\x00\\xff'))", lambda: b'\xff\x00'.translate(bytes.maketrans(b'\xff\x00', b'\x00\xff')))
t("b'x'.maketrans(b'a', b'b')[97]", lambda: b'x'.maketrans(b'a', b'b')[97])
t("b'hello'.translate(b'short')", lambda: b'hello'.translate(b'short'))
t("b'hello'.translate(1)", lambda: b'hello'.translate(1))
t("b'hello'.translate('x' * 256)", lambda: b'hello'.translate('x' * 256))
t("b'hello'.translate(None, 'l')", lambda: b'hello'.translate(None, 'l'))
t("b'hello'.translate()", lambda: b'hello'.translate())
t("bytes.maketrans(b'ab', b'a')", lambda: bytes.maketrans(b'ab', b'a'))
t("bytes.maketrans('a', b'b')", lambda: bytes.maketrans('a', b'b'))
t("bytes.maketrans(b'a', 'b')", lambda: bytes.maketrans(b'a', 'b'))
t("bytes.maketrans(b'a')", lambda: bytes.maketrans(b'a'))
t("bytes.maketrans(b'a', b'b', b'c')", lambda: bytes.maketrans(b'a', b'b', b'c'))
t("b'a'.translate(None, b'', 3)", lambda: b'a'.translate(None, b'', 3))
t("b'a'.translate(None, b'', delete=3)", lambda: b'a'.translate(None, b'', delete=3))
t("b'a'.translate(table=None)", lambda: b'a'.translate(table=None))
t("b'a'.translate(None, x=1)", lambda: b'a'.translate(None, x=1))
