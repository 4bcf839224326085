d = {"a": 1, "b": 2, "c": 3, 4: "four"}
print(d.pop("a"), d.pop("zz", "default"), d.pop(4.0), d)
print(d.popitem(), d.popitem(), d)
d["x"] = 1
d["y"] = 2
del d["x"]
print(d.popitem(), d)
e = {}
for i in range(5):
    e[i] = i * i
while e:
    print(e.popitem(), end=" ")
print()
tests = [
    lambda: {}.popitem(),
    lambda: {"a": 1}.pop("b"),
    lambda: {}.pop((1, 2)),
    lambda: {}.pop(),
    lambda: {}.pop(1, 2, 3),
    lambda: {}.pop([]),
    lambda: {1: 1}.popitem(1),
]
for t in tests:
    try:
        print(t())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e, repr(e))
