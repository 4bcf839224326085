from itertools import count, cycle, repeat, islice

c = count()
print(repr(c), next(c), next(c), repr(c))
c = count(5)
print(repr(c), [next(c) for _ in range(3)], repr(c))
c = count(10, -3)
print(repr(c), [next(c) for _ in range(4)], repr(c))
c = count(1.5, 0.25)
print(repr(c), [next(c) for _ in range(3)], repr(c))
c = count(2 ** 64, 2 ** 63)
print(repr(c), next(c), next(c), repr(c))
c = count(9223372036854775806)
print(next(c), next(c), next(c), repr(c))
print(repr(count(0, 1.0)), repr(count(3, True)), repr(count(start=4, step=2)))
print(list(zip_ := islice(count(100, 7), 5)))

cy = cycle("abc")
print([next(cy) for _ in range(8)])
print(list(cycle([])))


def gen():
    print("gen start")
    yield 1
    yield 2
    print("gen end")


cy = cycle(gen())
print("made")
print([next(cy) for _ in range(5)])

r = repeat("a", 3)
print(repr(r), list(r), repr(r))
r = repeat(None)
print(repr(r), [next(r) for _ in range(2)], repr(r))
print(repr(repeat(1, -5)), list(repeat(1, -5)), repr(repeat([1, 2], times=2)))
r = repeat((1, 2), 2)
a = next(r)
b = next(r)
print(a is b, repr(r))
for x in repeat("x", 0):
    print("never")
print(type(count()).__name__, type(cycle("")).__name__, type(repeat(1)).__name__)
print(type(count(1)), isinstance(count(), count))
