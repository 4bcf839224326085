for s in [slice(1, 10, 2), slice(None), slice(-3, None), slice(None, None, -1), slice(10, -10, -3), slice(-100, 100), slice(2, 1)]:
    print(s, s.start, s.stop, s.step, s.indices(5), s.indices(0), s.indices(20))
print(slice(1, 2) == slice(1, 2), slice(1) == slice(None, 1), repr(slice(1, "a", None)))
print(slice(5).indices(True), range(10)[slice(2, 8, 3)], [0, 1, 2, 3, 4][slice(1, None, 2)])
tests = [
    lambda: slice(None).indices(-1),
    lambda: slice(0, 0, 0).indices(3),
    lambda: slice("a").indices(3),
    lambda: slice(1).indices(),
    lambda: slice(1).indices("x"),
    lambda: hash(slice(1)),
    lambda: slice(),
    lambda: slice(1, 2, 3, 4),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(1).start = 2
except AttributeError as e:
    print(type(e).__name__, e)
