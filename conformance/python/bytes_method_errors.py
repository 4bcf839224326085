# Conformance: bytes method errors.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("b'a'.find()", lambda: b'a'.find())
t("b'a'.find(b'a', 1, 2, 3)", lambda: b'a'.find(b'a', 1, 2, 3))
t("b'a'.find(sub=b'a')", lambda: b'a'.find(sub=b'a'))
t("b'a'.count()", lambda: b'a'.count())
t("b'a'.index(b'a', x=1)", lambda: b'a'.index(b'a', x=1))
t("b'a'.startswith()", lambda: b'a'.startswith())
t("b'a'.endswith(b'a', 1, 2, 3)", lambda: b'a'.endswith(b'a', 1, 2, 3))
t("b'a'.center()", lambda: b'a'.center())
t("b'a'.center(1, b'x', 2)", lambda: b'a'.center(1, b'x', 2))
t("b'a'.zfill()", lambda: b'a'.zfill())
t("b'a'.strip(b'a', b'b')", lambda: b'a'.strip(b'a', b'b'))
t("b'a'.split(b'a', 1, 2)", lambda: b'a'.split(b'a', 1, 2))
t("b'a'.split(sep=b'a', foo=1)", lambda: b'a'.split(sep=b'a', foo=1))
t("b'a'.rsplit(foo=1)", lambda: b'a'.rsplit(foo=1))
t("b'a'.splitlines(True, True)", lambda: b'a'.splitlines(True, True))
t("b'a'.join()", lambda: b'a'.join())
t("b'a'.replace(b'a')", lambda: b'a'.replace(b'a'))
t("b'a'.partition()", lambda: b'a'.partition())
t("b'a'.removeprefix()", lambda: b'a'.removeprefix())
t("b'a'.expandtabs(1, 2)", lambda: b'a'.expandtabs(1, 2))
t("b'a'.decode('utf-8', 'strict', 'x')", lambda: b'a'.decode('utf-8', 'strict', 'x'))
t("b'a'.hex(':', 1, 2)", lambda: b'a'.hex(':', 1, 2))
t("b'a'.upper(1)", lambda: b'a'.upper(1))
t("b'a'.isdigit(1)", lambda: b'a'.isdigit(1))
t("b'a'.title(x=1)", lambda: b'a'.title(x=1))
t("b'a'.translate()", lambda: b'a'.translate())
t("b'a'.nosuchmethod()", lambda: b'a'.nosuchmethod())
t('bytes.upper(1)', lambda: bytes.upper(1))
t('bytes.upper()', lambda: bytes.upper())
