l = [1, 2, 3, 2, 1, "a", None, 2.0]
print(l.index(2), l.index(2, 2), l.index(2, 2, 4), l.index(1, -4), l.index("a"), l.index(None), l.index(2, -1))
print(l.count(2), l.count(1), l.count("b"), l.count(None), [[1], [1]].count([1]), [float("nan")].count(float("nan")))
nan = float("nan")
print([nan].count(nan), [nan].index(nan))
print(l.index(1, -100, 100), l.index(2, True))
class I:
    def __index__(self):
        return 3
print(l.index(2, I()))
tests = [
    lambda: l.index(99),
    lambda: l.index("zz"),
    lambda: l.index(1, 1, 3),
    lambda: l.index(),
    lambda: l.index(1, "a"),
    lambda: l.index(1, 0, 1.5),
    lambda: l.index(1, 2, 3, 4),
    lambda: l.count(),
    lambda: l.count(1, 2),
    lambda: [].index([1, 2]),
    lambda: l.index(1, 2**70),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
