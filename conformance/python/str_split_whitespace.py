# Conformance: str split whitespace.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'  a  b   c  '.split()", lambda: '  a  b   c  '.split())
t("'  a  b   c  '.split(None)", lambda: '  a  b   c  '.split(None))
t("'  a  b   c  '.split(None, 1)", lambda: '  a  b   c  '.split(None, 1))
t("'  a  b   c  '.split(maxsplit=1)", lambda: '  a  b   c  '.split(maxsplit=1))
t("'  a  b   c  '.split(None, 0)", lambda: '  a  b   c  '.split(None, 0))
t("'  a  b   c  '.split(None, 2)", lambda: '  a  b   c  '.split(None, 2))
t("'  a  b   c  '.split(None, 3)", lambda: '  a  b   c  '.split(None, 3))
t("'a\\tb\\nc\\rd\\x0be\\x0cf'.split()", lambda: 'a\tb\nc\rd\x0be\x0cf'.split())
t("'a\\x1cb\\x1dc\\x1ed\\x1fe'.split()", lambda: 'a\x1cb\x1dc\x1ed\x1fe'.split())
t("'a\\x85b\\xa0c\\u2000d\\u3000e'.split()", lambda: 'a\x85b\xa0c\u2000d\u3000e'.split())
t("'a\\u200bb'.split()", lambda: 'a\u200bb'.split())
t("'a\\u2028b\\u2029c'.split()", lambda: 'a\u2028b\u2029c'.split())
t("'a\\u180eb'.split()", lambda: 'a\u180eb'.split())
t("'   '.split()", lambda: '   '.split())
t("''.split()", lambda: ''.split())
t("'   '.split(None, 0)", lambda: '   '.split(None, 0))
t("'abc'.split()", lambda: 'abc'.split())
t("'  abc'.split(None, 0)", lambda: '  abc'.split(None, 0))
t("'  a b '.rsplit()", lambda: '  a b '.rsplit())
t("'  a  b   c  '.rsplit(None, 1)", lambda: '  a  b   c  '.rsplit(None, 1))
t("'  a  b   c  '.rsplit(None, 0)", lambda: '  a  b   c  '.rsplit(None, 0))
t("'  a  b   c  '.rsplit(maxsplit=2)", lambda: '  a  b   c  '.rsplit(maxsplit=2))
t("'  a  b   c  '.rsplit(None, 5)", lambda: '  a  b   c  '.rsplit(None, 5))
t("'a\\xa0b\\u3000c'.rsplit(None, 1)", lambda: 'a\xa0b\u3000c'.rsplit(None, 1))
t("'   '.rsplit()", lambda: '   '.rsplit())
t("''.rsplit(None, 1)", lambda: ''.rsplit(None, 1))
t("'x  '.rsplit(None, 1)", lambda: 'x  '.rsplit(None, 1))
t("'  x'.rsplit(None, 1)", lambda: '  x'.rsplit(None, 1))
t("'  x'.split(None, 1)", lambda: '  x'.split(None, 1))
t("'x  '.split(None, 1)", lambda: 'x  '.split(None, 1))
t("'héllo wörld  ünïcode'.split()", lambda: 'héllo wörld  ünïcode'.split())
t("'héllo wörld  ünïcode'.rsplit(None, 1)", lambda: 'héllo wörld  ünïcode'.rsplit(None, 1))
