# Conformance: bytes split.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("b'a,b,c'.split(b',')", lambda: b'a,b,c'.split(b','))
t("b'a,b,c'.split(b',', 1)", lambda: b'a,b,c'.split(b',', 1))
t("b'a,b,c'.rsplit(b',', 1)", lambda: b'a,b,c'.rsplit(b',', 1))
t("b',a,,b,'.split(b',')", lambda: b',a,,b,'.split(b','))
t("b'  a  b   c  '.split()", lambda: b'  a  b   c  '.split())
t("b'  a  b   c  '.split(None, 1)", lambda: b'  a  b   c  '.split(None, 1))
t("b'  a  b   c  '.rsplit(None, 1)", lambda: b'  a  b   c  '.rsplit(None, 1))
t("b'a\\tb\\nc\\rd\\x0be\\x0cf'.split()", lambda: b'a\tb\nc\rd\x0be\x0cf'.split())
t("b'a\\x1cb\\x1dc'.split()", lambda: b'a\x1cb\x1dc'.split())
t("b'a\\x85b\\xa0c'.split()", lambda: b'a\x85b\xa0c'.split())
t("b''.split()", lambda: b''.split())
t("b''.split(b',')", lambda: b''.split(b','))
t("b'abc'.split(sep=b'b')", lambda: b'abc'.split(sep=b'b'))
t("b'a b c'.split(maxsplit=1)", lambda: b'a b c'.split(maxsplit=1))
t("b'a b c'.rsplit(maxsplit=1)", lambda: b'a b c'.rsplit(maxsplit=1))
t("b'a,b'.split(b'')", lambda: b'a,b'.split(b''))
t("b'a,b'.split(',')", lambda: b'a,b'.split(','))
t("b'a,b'.split(44)", lambda: b'a,b'.split(44))
t("b'a,b'.split(b',', 'x')", lambda: b'a,b'.split(b',', 'x'))
t("b'a,b'.split(b',', 1, 2)", lambda: b'a,b'.split(b',', 1, 2))
t("b'a\\nb\\r\\nc\\rd'.splitlines()", lambda: b'a\nb\r\nc\rd'.splitlines())
t("b'a\\nb\\r\\nc\\rd'.splitlines(True)", lambda: b'a\nb\r\nc\rd'.splitlines(True))
t("b'a\\nb\\r\\nc\\rd\\n'.splitlines(keepends=True)", lambda: b'a\nb\r\nc\rd\n'.splitlines(keepends=True))
t("b'a\\x0bb\\x0cc\\x1cd\\x85e'.splitlines()", lambda: b'a\x0bb\x0cc\x1cd\x85e'.splitlines())
t("b''.splitlines()", lambda: b''.splitlines())
t("b'\\n'.splitlines()", lambda: b'\n'.splitlines())
t("b'abc'.splitlines(1.5)", lambda: b'abc'.splitlines(1.5))
