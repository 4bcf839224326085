d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d)
del d["b"]
print(d)
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
e = {**d, "x": 9, **{"a": 0}}
print(e)
f = dict(a=1, b=2)
g = dict([("k", "v"), ("k2", "v2")])
print(f, g, dict(f, c=3), dict(), {})
try:
    d["missing"]
except KeyError as err:
    print(repr(err), err)
try:
    d[[1]] = 2
except TypeError as err:
    print(err)
nested = {"x": {"y": [1, {"z": None}]}}
print(nested["x"]["y"][1]["z"], nested)
