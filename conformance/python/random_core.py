import random
for seed in [0, 1, 42, -7, 2**32, 2**32 + 5, 12345678901234567890123, True]:
    r = random.Random(seed)
    print(seed, [r.random() for i in range(3)], r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(100))
r = random.Random(3)
print(r.getrandbits(0), r.getrandbits(257), r.randbytes(5), r.randbytes(0), r.randbytes(9))
