d = {}
for k in [5, 3, 9, 1]:
    d[k] = str(k)
print(d, list(d), list(d.values()), list(d.items()))
del d[3]
d[3] = "again"
d[7] = "7"
print(d)
d.update({5: "five", 0: "zero"})
print(d, list(reversed(d)))
big = {i: i * i for i in range(20)}
for i in range(0, 20, 3):
    del big[i]
print(list(big)[:8], len(big), big.popitem(), list(reversed(big.items()))[:3])
print(dict(sorted({"b": 1, "a": 2}.items())), {**{"x": 1}, **{"y": 2, "x": 3}})
print({1: "a", True: "b", 1.0: "c"})
