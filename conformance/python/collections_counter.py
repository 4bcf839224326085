from collections import Counter

c = Counter("abracadabra")
print(c, len(c), c["a"], c["z"], "z" in c)
print(c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common()[-1])
print(list(c.elements()), c.total())
print(isinstance(c, dict), type(c), type(c).__name__, c == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})
print(Counter(), Counter({"x": 3, "y": 0, "z": -2}), Counter(a=1, b=2), Counter(["x", "y", "x"]))
print(Counter({"a": 1}, ) + Counter({"a": 2, "b": 1}))
d = Counter(a=3, b=1, c=0)
e = Counter(a=1, b=2, d=-1)
print(d + e, d - e, d | e, d & e, +e, -e)
d.update("aab")
print(d)
d.update({"a": 10, "q": 1})
print(d)
d.subtract(a=20, z=1)
print(d)
d.subtract(["b", "b"])
print(d)
del d["a"]
del d["nope"]
print(d, d.copy(), type(d.copy()).__name__)
f = Counter(a=2, b=3)
f += Counter(a=-5, c=1)
print(f)
f -= Counter(b=1)
print(f)
f |= Counter(b=9, x=1)
print(f)
f &= Counter(b=4, x=3)
print(f)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=1, b=1))
print(Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=2), Counter(a=3) >= Counter(a=1), Counter(a=3) > Counter(a=3, b=1))
c2 = Counter()
c2["k"] += 1
c2["k"] += 1
c2["j"] -= 1
print(c2, c2.most_common())
print(sorted_keys := [k for k, v in Counter("hello world").most_common()])
print(Counter("mississippi").most_common(3))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Counter(a=1) + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Counter(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(Counter({"a": 1.5, "b": 0.5}).total(), Counter(Counter(x=2)), Counter(a="x"))


class MyCounter(Counter):
    pass


m = MyCounter("aab")
print(m, type(m).__name__, isinstance(m, Counter), m["z"], m + m)
