import random
for seed in ["hello", "", "é😀", b"bytes", b"", 3.5, -0.0, 1e100, 0.1, 10**50]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randrange(1000))
for seed in ["text", b"text", "", "é"]:
    r = random.Random()
    r.seed(seed, version=1)
    print(repr(seed), "v1", r.random())
r1, r2 = random.Random(5), random.Random(-5)
print(r1.random() == r2.random())
r1.seed("abc")
r2.seed(b"abc")
print(r1.random() == r2.random())
for bad in [[1], {}, (1, 2), None.__class__]:
    try:
        random.Random(bad)
    except TypeError as e:
        print("TypeError", e)
r = random.Random()
x = r.random()
print(0.0 <= x < 1.0, type(x).__name__)
random.seed()
print(0 <= random.randrange(10) < 10)
