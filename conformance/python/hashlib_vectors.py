import hashlib

vectors = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", b"a" * 1000]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
             "blake2b", "blake2s", "sha512_224", "sha512_256"]:
    print(name, [hashlib.new(name, v).hexdigest()[:24] for v in vectors])
for name in ["shake_128", "shake_256"]:
    print(name, [hashlib.new(name, v).hexdigest(12) for v in vectors])
for size in (1, 16, 32, 64):
    print(size, hashlib.blake2b(b"abc", digest_size=size).hexdigest())
for size in (1, 16, 32):
    print(size, hashlib.blake2s(b"abc", digest_size=size, key=b"key").hexdigest())
