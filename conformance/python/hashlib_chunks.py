import hashlib

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"]:
    whole = hashlib.new(name, data).hexdigest()
    h = hashlib.new(name)
    for i in range(0, len(data), 5):
        h.update(data[i:i + 5])
    mid = h.copy()
    h.update(b"!")
    print(name, whole[:16], h.hexdigest()[:16], mid.hexdigest() == whole)
h = hashlib.sha256()
print(h.hexdigest(), h.digest_size, h.name)
big = b"x" * 100000
print(hashlib.md5(big).hexdigest(), hashlib.sha1(big).hexdigest(), hashlib.blake2s(big).hexdigest()[:16])
print(hashlib.sha256(b"\x00\xff" * 64).hexdigest())
print(hashlib.shake_256(data).hexdigest(20), hashlib.sha3_512(data).hexdigest()[:20], hashlib.sha384(data).hexdigest()[:20])
print(hashlib.blake2b(data, digest_size=20, person=b"app").hexdigest(), hashlib.blake2s(data, salt=b"NaCl").hexdigest()[:16])
