from itertools import tee, count, islice


def gen():
    for i in range(4):
        print("produce", i)
        yield i


a, b = tee(gen())
print(next(a), next(a))
print(next(b))
print(list(a), list(b))

x, y, z = tee("abc", 3)
print(list(x), list(y), list(z))
print(tee([1, 2], 0), len(tee([1], 1)), len(tee([1])))

a, b = tee(count())
print(list(islice(a, 3)), list(islice(b, 5)), next(a))

a, b = tee([1, 2, 3])
c, d = tee(a)
print(c is a, next(c), list(d), list(b))

a, = tee(iter([5, 6]), 1)
print(type(a).__name__, list(a))
a, b = tee([1, 2])
a2 = a.__copy__()
print(next(a), next(a2), list(a2), list(a))

try:
    tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    tee(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tee()
except TypeError as e:
    print(type(e).__name__, e)
try:
    tee([1], "2")
except TypeError as e:
    print(type(e).__name__, e)
