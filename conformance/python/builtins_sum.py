print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([2**62, 2**62, 2**62]), sum([1e308, 1e308]), sum([-0.0]), sum([], -0.0))
print(sum(x * x for x in range(5)), sum([1, 2], start=5), sum(iterable := [4, 5]), sum([0.1, 0.2, 0.3]))

class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        return N(o + self.v)
print(sum([N(1), N(2)]).v, sum([N(1)], N(10)).v)
tests = [
    lambda: sum(),
    lambda: sum(start=1),
    lambda: sum([], ""),
    lambda: sum(["a", "b"]),
    lambda: sum([b"a"], b""),
    lambda: sum([1, "a"]),
    lambda: sum(5),
    lambda: sum([1], 2, 3),
    lambda: sum([[1]]),
    lambda: sum(iterable=[1]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
