t = (1, 2, 3, 2, 1, "a", (1, 2))
print(t.index(2), t.index(2, 2), t.index(1, -3), t.index("a"), t.index((1, 2)), t.count(2), t.count((1, 2)), t.count(9))
print((1, 1.0, True).count(1), ().count(1), t.index(2, -10, 10))
tests = [
    lambda: t.index(9),
    lambda: t.index(2, 4, 5),
    lambda: t.index(),
    lambda: t.count(),
    lambda: t.index(1, "a"),
    lambda: t.append(1),
    lambda: ().index(1),
]
for f in tests:
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
