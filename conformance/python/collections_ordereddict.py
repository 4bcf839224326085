from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
print(od, OrderedDict(), OrderedDict([("x", 1), ("y", 2)]), OrderedDict({"k": "v"}))
print(isinstance(od, dict), type(od).__name__, list(od), len(od))
od.move_to_end("a")
print(od)
od.move_to_end("a", last=False)
print(od)
od.move_to_end("b", False)
print(list(od.items() if False else od), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(b=2, a=1), dict(b=2, a=1) == x, x == {"a": 1}, x == OrderedDict(a=1, b=2))
x["c"] = 3
del x["a"]
x["a"] = 0
print(x, x.copy(), type(x.copy()).__name__)
big = OrderedDict((str(i), i) for i in range(20))
for k in ["5", "0", "19", "7"]:
    big.move_to_end(k)
big.move_to_end("3", last=False)
print(list(big))
print(big.popitem(False), big.popitem())
print(OrderedDict(a=1) | {"b": 2}, type(OrderedDict(a=1) | {"b": 2}).__name__)
o = OrderedDict(a=1)
o |= {"z": 26}
print(o)


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def touch(self, k, v):
        if k in self:
            self.move_to_end(k)
        self[k] = v
        if len(self) > self.cap:
            self.popitem(last=False)


lru = LRU(2)
for k in "abacd":
    lru.touch(k, {"a": "A", "b": "B", "c": "C", "d": "D"}[k])
print(lru, lru.cap, type(lru).__name__)
