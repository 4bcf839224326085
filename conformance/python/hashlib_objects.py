import hashlib

h = hashlib.sha256(b"abc")
c = h.copy()
c.update(b"def")
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b"abcdef").hexdigest() == c.hexdigest())
print(type(h).__name__, h.digest()[:4], h.digest() == bytes.fromhex(h.hexdigest()) if False else len(h.digest()))
s = hashlib.shake_128(b"data")
print(s.name, s.digest_size, s.block_size, s.hexdigest(10), s.hexdigest(4), len(s.digest(33)))
s2 = s.copy()
s2.update(b"more")
print(s.hexdigest(8), s2.hexdigest(8), hashlib.shake_256(b"").hexdigest(16), type(s).__name__)
b = hashlib.blake2b(b"msg", digest_size=16, key=b"secret", salt=b"salty", person=b"me")
print(b.hexdigest(), b.digest_size, b.name)
b2 = b.copy()
b2.update(b"!")
print(b.hexdigest() != b2.hexdigest(), hashlib.blake2s(b"x", digest_size=8).hexdigest(), hashlib.blake2s(key=b"k").hexdigest())
print(hashlib.blake2b(b"a" * 300, key=b"k" * 64).hexdigest()[:32], hashlib.blake2s(b"b" * 130).hexdigest())
print(hashlib.new("blake2b", b"x", digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex() if False else hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000)[:8])
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, dklen=10))
for bad in [lambda: hashlib.md5("text"), lambda: hashlib.md5(5), lambda: hashlib.sha1().update("x"), lambda: hashlib.new("nope"),
            lambda: hashlib.shake_128().hexdigest(), lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33),
            lambda: hashlib.blake2b(salt=b"s" * 17), lambda: hashlib.md5(b"a", b"b"), lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
