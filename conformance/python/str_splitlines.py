# Conformance: str splitlines.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'a\\nb\\nc'.splitlines()", lambda: 'a\nb\nc'.splitlines())
t("'a\\nb\\nc\\n'.splitlines()", lambda: 'a\nb\nc\n'.splitlines())
t("'a\\nb\\nc\\n'.splitlines(True)", lambda: 'a\nb\nc\n'.splitlines(True))
t("'a\\r\\nb\\rc\\n'.splitlines()", lambda: 'a\r\nb\rc\n'.splitlines())
t("'a\\r\\nb\\rc\\n'.splitlines(keepends=True)", lambda: 'a\r\nb\rc\n'.splitlines(keepends=True))
t("'a\\r\\rb'.splitlines(True)", lambda: 'a\r\rb'.splitlines(True))
t("'a\\n\\r\\nb'.splitlines(True)", lambda: 'a\n\r\nb'.splitlines(True))
t("'a\\x0bb\\x0cc'.splitlines()", lambda: 'a\x0bb\x0cc'.splitlines())
t("'a\\x1cb\\x1dc\\x1ed\\x1fe'.splitlines()", lambda: 'a\x1cb\x1dc\x1ed\x1fe'.splitlines())
t("'a\\x85b\\u2028c\\u2029d'.splitlines(True)", lambda: 'a\x85b\u2028c\u2029d'.splitlines(True))
t("'\\n'.splitlines()", lambda: '\n'.splitlines())
t("'\\n\\n'.splitlines()", lambda: '\n\n'.splitlines())
t("''.splitlines()", lambda: ''.splitlines())
t("''.splitlines(True)", lambda: ''.splitlines(True))
t("'abc'.splitlines()", lambda: 'abc'.splitlines())
t("'abc\\r'.splitlines(True)", lambda: 'abc\r'.splitlines(True))
t("'é\\nü\\r\\n日'.splitlines()", lambda: 'é\nü\r\n日'.splitlines())
t("'a\\nb'.splitlines(1)", lambda: 'a\nb'.splitlines(1))
t("'a\\nb'.splitlines(0)", lambda: 'a\nb'.splitlines(0))
t("'a\\nb'.splitlines(2)", lambda: 'a\nb'.splitlines(2))
t("'a\\nb'.splitlines('x')", lambda: 'a\nb'.splitlines('x'))
t("'a\\nb'.splitlines(1.5)", lambda: 'a\nb'.splitlines(1.5))
t("'a\\nb'.splitlines(True, False)", lambda: 'a\nb'.splitlines(True, False))
t("'a\\nb'.splitlines(keep=True)", lambda: 'a\nb'.splitlines(keep=True))
