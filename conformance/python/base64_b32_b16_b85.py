import base64
import binascii

for data in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"abcdef", b"\xff\x00\x10", b"hello world!"]:
    e32 = base64.b32encode(data)
    e32h = base64.b32hexencode(data)
    e16 = base64.b16encode(data)
    e85 = base64.b85encode(data)
    print(data, e32, e32h, e16, e85, base64.b85encode(data, pad=True))
    print(base64.b32decode(e32) == data, base64.b32hexdecode(e32h) == data, base64.b16decode(e16) == data, base64.b85decode(e85) == data)
print(base64.b32decode(b"mfra====", casefold=True), base64.b32decode(b"MFR1====", map01=b"L"), base64.b32decode("MFRA===="))
print(base64.b32decode(b"MF======"), base64.b16decode(b"4a5B", casefold=True), base64.b16decode("4A5B"), base64.b85decode(b"|NsC0"))
print(base64.b85decode("VPa"), base64.b85decode(b"abc{"))
for bad in [lambda: base64.b32decode(b"MFRA"), lambda: base64.b32decode(b"MFRA==="), lambda: base64.b32decode(b"mfra===="),
            lambda: base64.b32decode(b"MFR1===="), lambda: base64.b32decode(b"M======="), lambda: base64.b32decode(b"========"),
            lambda: base64.b16decode(b"4a"), lambda: base64.b16decode(b"4"), lambda: base64.b16decode(b"4G"),
            lambda: base64.b85decode(b"~~~~~"), lambda: base64.b85decode(b"ab\"cd"), lambda: base64.b32encode("s"),
            lambda: base64.b32hexdecode(b"MFRA====")]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
