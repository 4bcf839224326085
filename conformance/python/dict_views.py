d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__, len(k), len(v), len(i))
print(list(k), list(v), list(i), "a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in i, ("a", 2) in i, "a" in i, ("a",) in i)
d["d"] = 4
del d["a"]
print(k, v, i)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(sorted(k), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(repr({}.keys()), repr({}.items()), str({1: [2]}.values()))
r = {}
r[1] = r.keys()
print(r)
e = {1: "x"}
ek = e.keys()
e.clear()
print(ek, len(ek), list(ek))
it = iter(d.items())
print(next(it))
d["new"] = 0
try:
    next(it)
except RuntimeError as err:
    print(type(err).__name__, err)
try:
    hash(d.keys())
except TypeError as err:
    print(err)
try:
    hash(d.items())
except TypeError as err:
    print(err)
print(d.values() == d.values(), d.keys() == d.keys(), d.items() == d.items())
print(k.isdisjoint(["x", "y"]), k.isdisjoint(["b"]), i.isdisjoint([("b", 2)]), k.isdisjoint(set()))
try:
    ("x", []) in i
except TypeError as err:
    print(err)
print(("x", []) in {1: 2}.items())
