d = {"a": 1}
d.update({"b": 2, "a": 10})
print(d)
d.update([("c", 3), ["d", 4]])
print(d)
d.update(e=5, a=0)
print(d)
d.update({"f": 6}, g=7)
print(d)
d.update(zip("xy", (8, 9)))
d.update()
d.update(())
print(d)
class M:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper() if False else k + "!"
d.update(M())
print(d)
x = {1: 1}
x.update(x)
print(x, x.update({2: 2}))
tests = [
    lambda: d.update(1),
    lambda: d.update([1]),
    lambda: d.update([(1, 2, 3)]),
    lambda: d.update(["ab", "c"]),
    lambda: d.update({}, {}),
    lambda: d.update([([], 1)]),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(d)
print(dict([("a", 1)], b=2), dict({"a": 1}, a=2), dict(a=1) | {"b": 2})
