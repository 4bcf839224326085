import base64

blobs = [bytes(range(n)) for n in (0, 1, 2, 3, 4, 5, 31, 32, 33, 64, 255)]
funcs = [("b64", base64.b64encode, base64.b64decode), ("urlsafe", base64.urlsafe_b64encode, base64.urlsafe_b64decode),
         ("b32", base64.b32encode, base64.b32decode), ("b32hex", base64.b32hexencode, base64.b32hexdecode),
         ("b16", base64.b16encode, base64.b16decode), ("b85", base64.b85encode, base64.b85decode),
         ("bytes", base64.encodebytes, base64.decodebytes)]
for name, enc, dec in funcs:
    ok = True
    for b in blobs:
        ok = ok and dec(enc(b)) == b
    lengths = [len(enc(b)) for b in blobs]
    print(name, ok, lengths)
print(base64.b64encode(bytes(range(250, 256))), base64.b32encode(b"\xff" * 7), base64.b85encode(b"\x00" * 8))
print(base64.b64decode("SGVsbG8sIFdvcmxkIQ==").decode() if False else base64.b64decode("SGVsbG8sIFdvcmxkIQ=="))
print(base64.standard_b64decode(b"c3RhbmRhcmQ="), base64.urlsafe_b64encode(b"\xfb\xef\xff"), base64.b64encode(b"\xfb\xef\xff"))
