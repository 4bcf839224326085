# Conformance: str startswith.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'hello'.startswith('he')", lambda: 'hello'.startswith('he'))
t("'hello'.startswith('lo')", lambda: 'hello'.startswith('lo'))
t("'hello'.endswith('lo')", lambda: 'hello'.endswith('lo'))
t("'hello'.endswith('he')", lambda: 'hello'.endswith('he'))
t("'hello'.startswith('')", lambda: 'hello'.startswith(''))
t("'hello'.endswith('')", lambda: 'hello'.endswith(''))
t("'hello'.startswith(('x', 'h'))", lambda: 'hello'.startswith(('x', 'h')))
t("'hello'.endswith(('x', 'y'))", lambda: 'hello'.endswith(('x', 'y')))
t("'hello'.startswith(())", lambda: 'hello'.startswith(()))
t("'hello'.startswith('ll', 2)", lambda: 'hello'.startswith('ll', 2))
t("'hello'.startswith('ll', 2, 3)", lambda: 'hello'.startswith('ll', 2, 3))
t("'hello'.startswith('ll', 2, 4)", lambda: 'hello'.startswith('ll', 2, 4))
t("'hello'.endswith('ll', 0, 4)", lambda: 'hello'.endswith('ll', 0, 4))
t("'hello'.endswith('ll', -3, -1)", lambda: 'hello'.endswith('ll', -3, -1))
t("'hello'.startswith('', 5)", lambda: 'hello'.startswith('', 5))
t("'hello'.startswith('', 6)", lambda: 'hello'.startswith('', 6))
t("'hello'.endswith('', 6)", lambda: 'hello'.endswith('', 6))
t("'hello'.endswith('o', None)", lambda: 'hello'.endswith('o', None))
t("'hello'.startswith('h', None, None)", lambda: 'hello'.startswith('h', None, None))
t("'héllo'.startswith('é', 1)", lambda: 'héllo'.startswith('é', 1))
t("'héllo'.endswith('é', 0, 2)", lambda: 'héllo'.endswith('é', 0, 2))
t("'héllo'.endswith(('llo', 'x'), 2)", lambda: 'héllo'.endswith(('llo', 'x'), 2))
t("'日本語'.startswith('本', 1)", lambda: '日本語'.startswith('本', 1))
t("'日本語'.endswith('本', -3, -1)", lambda: '日本語'.endswith('本', -3, -1))
t("'hello'.startswith(('h', 1))", lambda: 'hello'.startswith(('h', 1)))
t("'hello'.startswith((1, 'h'))", lambda: 'hello'.startswith((1, 'h')))
t("'hello'.startswith(1)", lambda: 'hello'.startswith(1))
t("'hello'.endswith(['o'])", lambda: 'hello'.endswith(['o']))
t("'hello'.startswith()", lambda: 'hello'.startswith())
t("'hello'.startswith('h', 'x')", lambda: 'hello'.startswith('h', 'x'))
t("'hello'.startswith(b'h')", lambda: 'hello'.startswith(b'h'))
t("'hello'.endswith('o', 0, 10, 1)", lambda: 'hello'.endswith('o', 0, 10, 1))
