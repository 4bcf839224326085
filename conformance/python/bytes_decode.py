# Conformance: bytes decode.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("b'hello'.decode()", lambda: b'hello'.decode())
t("b'h\\xc3\\xa9llo'.decode()", lambda: b'h\xc3\xa9llo'.decode())
t("b'h\\xc3\\xa9llo'.decode('utf-8')", lambda: b'h\xc3\xa9llo'.decode('utf-8'))
t("b'h\\xe9llo'.decode('latin-1')", lambda: b'h\xe9llo'.decode('latin-1'))
t("b'\\x80\\xff'.decode('latin-1')", lambda: b'\x80\xff'.decode('latin-1'))
t("b'hello'.decode('ascii')", lambda: b'hello'.decode('ascii'))
t("b''.decode()", lambda: b''.decode())
t("b'\\xe6\\x97\\xa5\\xe6\\x9c\\xac\\xf0\\x9f\\x8e\\x89'.decode()", lambda: b'\xe6\x97\xa5\xe6\x9c\xac\xf0\x9f\x8e\x89'.decode())
t("b'abc'.decode(encoding='ascii')", lambda: b'abc'.decode(encoding='ascii'))
t("b'abc'.decode(errors='ignore')", lambda: b'abc'.decode(errors='ignore'))
t("b'abc'.decode('utf-8', 'strict')", lambda: b'abc'.decode('utf-8', 'strict'))
t("b'abc'.decode('UTF8')", lambda: b'abc'.decode('UTF8'))
t("b'abc'.decode('Latin_1')", lambda: b'abc'.decode('Latin_1'))
t("b'abc'.decode('nonexistent')", lambda: b'abc'.decode('nonexistent'))
t("b'abc'.decode(1)", lambda: b'abc'.decode(1))
t("b'abc'.decode('utf-8', 1)", lambda: b'abc'.decode('utf-8', 1))
t("b'abc'.decode('utf-8', 'strict', 1)", lambda: b'abc'.decode('utf-8', 'strict', 1))
t("b'abc'.decode(x=1)", lambda: b'abc'.decode(x=1))
t("b'abc'.decode('utf-8', 'nonsense')", lambda: b'abc'.decode('utf-8', 'nonsense'))
t("b'\\xff'.decode('utf-8', 'nonsense')", lambda: b'\xff'.decode('utf-8', 'nonsense'))
