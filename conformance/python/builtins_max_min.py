print(max(1, 2, 3), min(1, 2, 3), max([4, 9, 2]), min("hello"), max("a", "b"), min((3, 1), (2, 5)))
print(max([1, 2.5, 2]), min([True, 0, -1]), max(range(10)), min({5: 1, 3: 2}))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max("x", "yy", "zzz", key=len))
print(max([], default=None), min([], default="empty"), max([1], default=5), max(iter([]), default=0))
print(max([3, 1], key=None), min(1, 2, key=None))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([2, 2.0]), min([0.0, 0, False]))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 5]]))
print(max({"b": 1, "a": 2}, key=lambda k: {"b": 1, "a": 2}[k]))
print(max(x * x for x in range(-5, 3)))

class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "V(%d)" % self.v
print(max(V(1), V(5), V(3)), min([V(4), V(2), V(9)]))
tests = [
    lambda: max(),
    lambda: min(),
    lambda: max(1),
    lambda: max([]),
    lambda: min(()),
    lambda: max(1, 2, default=3),
    lambda: min([1], foo=2),
    lambda: max([1, 2], key=1),
    lambda: max([1, "a"]),
    lambda: min(["a", 1]),
    lambda: max(1, None),
    lambda: max(iter([])),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
