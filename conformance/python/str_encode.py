# Conformance: str encode.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'hello'.encode()", lambda: 'hello'.encode())
t("'héllo'.encode()", lambda: 'héllo'.encode())
t("'héllo'.encode('utf-8')", lambda: 'héllo'.encode('utf-8'))
t("'héllo'.encode('UTF-8')", lambda: 'héllo'.encode('UTF-8'))
t("'héllo'.encode('utf8')", lambda: 'héllo'.encode('utf8'))
t("'héllo'.encode('utf_8')", lambda: 'héllo'.encode('utf_8'))
t("'héllo'.encode('U8')", lambda: 'héllo'.encode('U8'))
t("'日本🎉'.encode('utf-8')", lambda: '日本🎉'.encode('utf-8'))
t("'héllo'.encode('latin-1')", lambda: 'héllo'.encode('latin-1'))
t("'héllo'.encode('latin1')", lambda: 'héllo'.encode('latin1'))
t("'héllo'.encode('ISO-8859-1')", lambda: 'héllo'.encode('ISO-8859-1'))
t("'héllo'.encode('iso8859_1')", lambda: 'héllo'.encode('iso8859_1'))
t("'héllo'.encode('L1')", lambda: 'héllo'.encode('L1'))
t("'hello'.encode('ascii')", lambda: 'hello'.encode('ascii'))
t("'hello'.encode('US-ASCII')", lambda: 'hello'.encode('US-ASCII'))
t("'ÿ'.encode('latin-1')", lambda: 'ÿ'.encode('latin-1'))
t("''.encode('ascii')", lambda: ''.encode('ascii'))
t("'héllo'.encode(encoding='latin-1')", lambda: 'héllo'.encode(encoding='latin-1'))
t("'héllo'.encode(errors='strict')", lambda: 'héllo'.encode(errors='strict'))
t("'héllo'.encode('utf-8', 'strict')", lambda: 'héllo'.encode('utf-8', 'strict'))
t("'héllo'.encode('utf-8', 'nonsense')", lambda: 'héllo'.encode('utf-8', 'nonsense'))
t("'hello'.encode('ascii', 'nonsense')", lambda: 'hello'.encode('ascii', 'nonsense'))
t("b'h\\xc3\\xa9llo'.decode()", lambda: b'h\xc3\xa9llo'.decode())
t("str(b'h\\xc3\\xa9llo', 'utf-8')", lambda: str(b'h\xc3\xa9llo', 'utf-8'))
t("str(b'h\\xe9llo', 'latin-1')", lambda: str(b'h\xe9llo', 'latin-1'))
t("str(b'hello', encoding='ascii')", lambda: str(b'hello', encoding='ascii'))
t("str(b'h\\xe9llo', 'ascii', 'replace')", lambda: str(b'h\xe9llo', 'ascii', 'replace'))
t("str(b'abc', errors='strict')", lambda: str(b'abc', errors='strict'))
t("bytes('héllo', 'utf-8')", lambda: bytes('héllo', 'utf-8'))
t("bytes('héllo', 'latin-1')", lambda: bytes('héllo', 'latin-1'))
t("bytes('héllo', encoding='utf-8', errors='strict')", lambda: bytes('héllo', encoding='utf-8', errors='strict'))
t("'a'.encode('koi8-q')", lambda: 'a'.encode('koi8-q'))
t("'a'.encode('nonexistent')", lambda: 'a'.encode('nonexistent'))
t("'a'.encode(1)", lambda: 'a'.encode(1))
t("'a'.encode('utf-8', 1)", lambda: 'a'.encode('utf-8', 1))
t("'a'.encode('utf-8', 'strict', 1)", lambda: 'a'.encode('utf-8', 'strict', 1))
t("'a'.encode(encoding='utf-8', errors='strict', x=1)", lambda: 'a'.encode(encoding='utf-8', errors='strict', x=1))
t("'a'.encode(enc='utf-8')", lambda: 'a'.encode(enc='utf-8'))
t("'a'.encode('utf-8', encoding='utf-8')", lambda: 'a'.encode('utf-8', encoding='utf-8'))
