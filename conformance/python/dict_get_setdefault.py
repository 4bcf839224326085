d = {"a": 1, 1: "one", (1, 2): "t", None: 0}
print(d.get("a"), d.get("z"), d.get("z", 5), d.get(1.0), d.get(True), d.get((1, 2)), d.get(None, 9))
print(d.setdefault("a", 100), d.setdefault("new"), d.setdefault("lst", []), d)
d.setdefault("lst", []).append(1)
d.setdefault("lst", []).append(2)
print(d["lst"])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
tests = [
    lambda: d.get(),
    lambda: d.get(1, 2, 3),
    lambda: d.get([]),
    lambda: d.get(key="a"),
    lambda: d.setdefault(),
    lambda: d.setdefault({}, 1),
    lambda: d.setdefault(1, 2, 3),
    lambda: dict.get(d),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
