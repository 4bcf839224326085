import json
l = [1, 2]
l[1] = l
d = {}
d["self"] = d
nested = {"a": [{"b": None}]}
nested["a"][0]["b"] = nested
for obj in [l, d, nested]:
    for kw in [{}, {"indent": 1}]:
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print(type(e).__name__, e)
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))
print(json.dumps([l], check_circular=False, default=str) if False else "skip")
try:
    json.dumps(object(), default=lambda o: o)
except ValueError as e:
    print(e)
class Node:
    def __init__(self):
        self.children = []
n = Node()
n.children = [n]
try:
    json.dumps(n, default=lambda o: o.children)
except ValueError as e:
    print(e)
try:
    json.dumps([[[[[[[[[[1]]]]]]]]]] * 2)
    print("ok")
except ValueError as e:
    print(e)
