import hashlib

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]
for name in names:
    h = getattr(hashlib, name)(b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    n = hashlib.new(name, b"hello ")
    n.update(b"world")
    print(n.hexdigest() == h.hexdigest(), n.digest() == h.digest(), len(n.digest()))
for name in ["sha512_224", "sha512_256", "SHA256", "MD5"]:
    h = hashlib.new(name, b"abc")
    print(h.name, h.digest_size, h.hexdigest())
empty = [getattr(hashlib, n)().hexdigest() for n in ["md5", "sha1", "sha256", "blake2s"]]
print(empty)
big = hashlib.sha256()
for i in range(1000):
    big.update(b"chunk %d;" % i if False else b"chunk;")
print(big.hexdigest(), hashlib.sha256(b"chunk;" * 1000).hexdigest() == big.hexdigest())
print(hashlib.md5(b"\x00" * 200).hexdigest(), hashlib.sha1(string=b"abc").hexdigest())
print(hashlib.sha1(b"abc", usedforsecurity=False).hexdigest())
print(len(hashlib.algorithms_guaranteed), "sha256" in hashlib.algorithms_available, "blake2b" in hashlib.algorithms_guaranteed)
