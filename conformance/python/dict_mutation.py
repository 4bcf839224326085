d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1, 2: 2}
for k in d:
    d[k] = d[k] * 10
print(d)
d = {"x": 1}
try:
    for v in d.values():
        d["y"] = 2
except RuntimeError as e:
    print(e)
try:
    for kv in d.items():
        d.pop("x")
except RuntimeError as e:
    print(e)
print(d)
