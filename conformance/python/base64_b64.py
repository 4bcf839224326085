import base64
import binascii

for data in [b"", b"a", b"ab", b"abc", b"abcd", b"\x00\xff\xfe", b"hello world", bytes(range(0, 256, 7))]:
    enc = base64.b64encode(data)
    print(data, enc, base64.b64decode(enc) == data, base64.standard_b64encode(data) == enc)
print(base64.b64encode(b"ab?>~", altchars=b"-_"), base64.b64decode(b"YWI_Pn4=", altchars=b"-_"), base64.b64decode("YWI_Pn4=", b"-_"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xbf"), base64.urlsafe_b64decode(b"-_-_"), base64.urlsafe_b64decode("-_-_"))
print(base64.b64decode("aGk="), base64.b64decode(b"YWJj!ZA=="), base64.b64decode(b"YQ==YQ=="), base64.b64decode(b"YWJjZA==="))
print(base64.b64decode(b"YW Jj\nZA==\n"), base64.b64decode(b"YWJj=", validate=True), base64.standard_b64decode(b"YWJj"))
cases = [(b"YQ", False), (b"YQ=", False), (b"Y", False), (b"YWJjZ", False), (b"YWJj!ZA==", True), (b"=YQ==", True),
         (b"YQ==YQ==", True), (b"YQ=a=", True), (b"YWJjZA=", True), (b"YW Jj", True), (b"A", False), (b"AAAAA", False)]
for data, validate in cases:
    try:
        print(base64.b64decode(data, validate=validate))
    except binascii.Error as e:
        print(data, validate, type(e).__name__, e)
for bad in [lambda: base64.b64encode("x"), lambda: base64.b64encode(5), lambda: base64.b64decode(5),
            lambda: base64.b64decode("\u00e9"), lambda: base64.b64encode(b"ab", altchars=b"-")]:
    try:
        bad()
    except (TypeError, ValueError, AssertionError) as e:
        print(type(e).__name__, e)
print(base64.encodebytes(b"x" * 60), base64.encodebytes(b""), base64.decodebytes(b"eHh4\neHh4\n"))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGk="), binascii.crc32(b"hello"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print(type(e).__name__, e)
