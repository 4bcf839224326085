r = range(0, 20, 3)
print(r.index(9), r.index(18), r.count(9), r.count(10), r.count(True), r.index(True * 3), r.count(9.0), r.index(9.0))
print(range(10, 0, -2).index(4), range(5).count(-1), range(-5, 5).index(-5), range(0).count(0))
print(r.start, r.stop, r.step, range(5).start, range(5).step, range(3, -3, -1).stop)
tests = [
    lambda: r.index(10),
    lambda: r.index("a"),
    lambda: r.index(),
    lambda: r.count(),
    lambda: range(3).index(3),
    lambda: range(3).index([0]),
    lambda: r.index(9, 0),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
