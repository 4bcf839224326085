import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap

P = namedtuple("P", "x y")
objects = [Counter("hello"), OrderedDict(a=[1], b=[2]), defaultdict(list, k=[1]), deque([[1], [2]], maxlen=4),
           P([1], 2), {1, 2, 3}, frozenset({4, 5}), (1, [2]), [[1], [2]], {"k": {"n": [1]}}]
for o in objects:
    s = copy.copy(o)
    d = copy.deepcopy(o)
    print(type(o).__name__, type(s).__name__, type(d).__name__, s == o, d == o, s is o, d is o)
od = OrderedDict(a=[1], b=[2])
od2 = copy.deepcopy(od)
od2["a"] += [9]
od2.move_to_end("a")
print(od, od2)
dd = defaultdict(list)
dd2 = copy.deepcopy(dd)
dd2["new"] += [1]
print(dd, dd2, dd2.default_factory)
cm = ChainMap({"a": 1}, {"b": 2})
cm2 = copy.copy(cm)
cm2["c"] = 3
print(cm, cm2)
