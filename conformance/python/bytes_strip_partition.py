# Conformance: bytes strip partition.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("b'  hello  '.strip()", lambda: b'  hello  '.strip())
t("b'  hello  '.lstrip()", lambda: b'  hello  '.lstrip())
t("b'  hello  '.rstrip()", lambda: b'  hello  '.rstrip())
t("b'\\t\\n\\r\\x0b\\x0c hi \\x0c'.strip()", lambda: b'\t\n\r\x0b\x0c hi \x0c'.strip())
t("b'\\x1c hi \\x1c'.strip()", lambda: b'\x1c hi \x1c'.strip())
t("b'\\xa0hi\\xa0'.strip()", lambda: b'\xa0hi\xa0'.strip())
t("b'xxhixx'.strip(b'x')", lambda: b'xxhixx'.strip(b'x'))
t("b'xyhiyx'.lstrip(b'xy')", lambda: b'xyhiyx'.lstrip(b'xy'))
t("b'xyhiyx'.rstrip(b'xy')", lambda: b'xyhiyx'.rstrip(b'xy'))
t("b'\\xffhi\\xff'.strip(b'\\xff')", lambda: b'\xffhi\xff'.strip(b'\xff'))
t("b'hello'.strip(None)", lambda: b'hello'.strip(None))
t("b'hello'.strip(b'')", lambda: b'hello'.strip(b''))
t("b'hello'.strip('h')", lambda: b'hello'.strip('h'))
t("b'hello'.strip(104)", lambda: b'hello'.strip(104))
t("b'hello'.strip(b'h', b'o')", lambda: b'hello'.strip(b'h', b'o'))
t("b'a=b=c'.partition(b'=')", lambda: b'a=b=c'.partition(b'='))
t("b'a=b=c'.rpartition(b'=')", lambda: b'a=b=c'.rpartition(b'='))
t("b'abc'.partition(b'=')", lambda: b'abc'.partition(b'='))
t("b'abc'.rpartition(b'=')", lambda: b'abc'.rpartition(b'='))
t("b'abc'.partition(b'')", lambda: b'abc'.partition(b''))
t("b'abc'.partition('a')", lambda: b'abc'.partition('a'))
t("b'abc'.partition()", lambda: b'abc'.partition())
t("b'prefix'.removeprefix(b'pre')", lambda: b'prefix'.removeprefix(b'pre'))
t("b'prefix'.removesuffix(b'fix')", lambda: b'prefix'.removesuffix(b'fix'))
t("b'prefix'.removeprefix(b'x')", lambda: b'prefix'.removeprefix(b'x'))
t("b'prefix'.removeprefix('pre')", lambda: b'prefix'.removeprefix('pre'))
t("b'prefix'.removesuffix(None)", lambda: b'prefix'.removesuffix(None))
