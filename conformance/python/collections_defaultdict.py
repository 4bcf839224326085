from collections import defaultdict

d = defaultdict(list)
d["a"] += [1]
d["a"] += [2]
d["b"]
print(d, d["a"], len(d), "c" in d, isinstance(d, dict), type(d).__name__)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, dict(counts))
print(defaultdict(None), defaultdict(int, {1: 2}), defaultdict(str, a="x"), defaultdict(list, [("k", [1])]))
n = defaultdict(None)
try:
    n["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(d.default_factory, n.default_factory)
d.default_factory = dict
print(d["new"], d.default_factory)
d.default_factory = None
try:
    d["other"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(1)
except TypeError as e:
    print(type(e).__name__, e)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(dict(t["a"]["b"]), len(t))
c = counts.copy()
c["z"] += 5
print(type(c).__name__, c["z"], "z" in counts, c.default_factory)
print(defaultdict(int, a=1) | {"b": 2}, {"x": 0} | defaultdict(int, a=1))
print(counts["l"], "q" in counts)


class Cls(defaultdict):
    pass


k = Cls(int)
k[1] += 1
print(k, type(k).__name__)


def factory():
    print("factory called")
    return "v"


f = defaultdict(factory)
print(f["x"], f["x"], dict(f))
