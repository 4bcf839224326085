print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []), dict.fromkeys([]))
d = dict.fromkeys([1, 2], [])
d[1].append("shared")
print(d)
print({}.fromkeys((1, 2), "v"), type({}.fromkeys("a")).__name__)
print(dict.fromkeys([1, 1.0, True, 2]))
c = {"a": [1], "b": 2}
cp = c.copy()
cp["a"].append(2)
cp["b"] = 3
print(c, cp, cp is c, c.copy() == c)
c.clear()
print(c, cp, c.clear())
tests = [
    lambda: dict.fromkeys(),
    lambda: dict.fromkeys(1),
    lambda: dict.fromkeys([[1]]),
    lambda: dict.fromkeys([1], 2, 3),
    lambda: {}.copy(1),
    lambda: {}.clear(1),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
