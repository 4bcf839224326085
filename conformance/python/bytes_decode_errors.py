# Conformance: bytes decode errors.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("b'\\xff'.decode()", lambda: b'\xff'.decode())
t("b'a\\x80b'.decode()", lambda: b'a\x80b'.decode())
t("b'\\xc3'.decode()", lambda: b'\xc3'.decode())
t("b'\\xc3x'.decode()", lambda: b'\xc3x'.decode())
t("b'\\xe4\\xb8'.decode()", lambda: b'\xe4\xb8'.decode())
t("b'\\xe4\\xb8x'.decode()", lambda: b'\xe4\xb8x'.decode())
t("b'\\xe4x'.decode()", lambda: b'\xe4x'.decode())
t("b'\\xf0\\x9f\\x8e'.decode()", lambda: b'\xf0\x9f\x8e'.decode())
t("b'\\xf0\\x9f\\x8ex'.decode()", lambda: b'\xf0\x9f\x8ex'.decode())
t("b'\\xf0\\x9fx'.decode()", lambda: b'\xf0\x9fx'.decode())
t("b'\\xc0\\x80'.decode()", lambda: b'\xc0\x80'.decode())
t("b'\\xc1\\xbf'.decode()", lambda: b'\xc1\xbf'.decode())
t("b'\\xed\\xa0\\x80'.decode()", lambda: b'\xed\xa0\x80'.decode())
t("b'\\xe0\\x80\\x80'.decode()", lambda: b'\xe0\x80\x80'.decode())
t("b'\\xf0\\x80\\x80\\x80'.decode()", lambda: b'\xf0\x80\x80\x80'.decode())
t("b'\\xf4\\x90\\x80\\x80'.decode()", lambda: b'\xf4\x90\x80\x80'.decode())
t("b'\\xf5\\x80\\x80\\x80'.decode()", lambda: b'\xf5\x80\x80\x80'.decode())
t("b'\\xfe'.decode()", lambda: b'\xfe'.decode())
t("b'ok\\xe4\\xb8'.decode()", lambda: b'ok\xe4\xb8'.decode())
t("b'\\xe0\\xa0'.decode()", lambda: b'\xe0\xa0'.decode())
t("b'\\xe0\\x9f'.decode()", lambda: b'\xe0\x9f'.decode())
t("b'\\xed\\x9f'.decode()", lambda: b'\xed\x9f'.decode())
t("b'\\xed\\xa0'.decode()", lambda: b'\xed\xa0'.decode())
t("b'\\xf0\\x90'.decode()", lambda: b'\xf0\x90'.decode())
t("b'\\xf0\\x8f'.decode()", lambda: b'\xf0\x8f'.decode())
t("b'\\xf4\\x8f'.decode()", lambda: b'\xf4\x8f'.decode())
t("b'\\xf4\\x90'.decode()", lambda: b'\xf4\x90'.decode())
t("b'a\\xffb\\xe4\\xb8x\\xc3'.decode('utf-8', 'replace')", lambda: b'a\xffb\xe4\xb8x\xc3'.decode('utf-8', 'replace'))
t("b'a\\xffb\\xe4\\xb8x\\xc3'.decode('utf-8', 'ignore')", lambda: b'a\xffb\xe4\xb8x\xc3'.decode('utf-8', 'ignore'))
t("b'a\\xffb\\xe4\\xb8x\\xc3'.decode('utf-8', 'backslashreplace')", lambda: b'a\xffb\xe4\xb8x\xc3'.decode('utf-8', 'backslashreplace'))
t("b'\\xed\\xa0\\x80x'.decode('utf-8', 'replace')", lambda: b'\xed\xa0\x80x'.decode('utf-8', 'replace'))
t("b'\\xf0\\x9f\\x8e'.decode('utf-8', 'replace')", lambda: b'\xf0\x9f\x8e'.decode('utf-8', 'replace'))
t("b'\\x80\\x80'.decode('utf-8', 'replace')", lambda: b'\x80\x80'.decode('utf-8', 'replace'))
t("b'a\\xffb\\x80'.decode('ascii')", lambda: b'a\xffb\x80'.decode('ascii'))
t("b'a\\xffb\\x80'.decode('ascii', 'replace')", lambda: b'a\xffb\x80'.decode('ascii', 'replace'))
t("b'a\\xffb\\x80'.decode('ascii', 'ignore')", lambda: b'a\xffb\x80'.decode('ascii', 'ignore'))
t("b'a\\xffb\\x80'.decode('ascii', 'backslashreplace')", lambda: b'a\xffb\x80'.decode('ascii', 'backslashreplace'))
t("b'\\xff'.decode('ascii', 'nonsense')", lambda: b'\xff'.decode('ascii', 'nonsense'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))
