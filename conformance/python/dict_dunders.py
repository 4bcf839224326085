d = {"a": 1}
print(d.__getitem__("a"), d.__contains__("a"), d.__contains__("b"), d.__len__(), dict.__len__({}), list(d.__iter__()))
d.__setitem__("b", 2)
dict.__setitem__(d, "c", 3)
d.__delitem__("a")
print(d, d.__eq__({"b": 2, "c": 3}), d.__eq__([1]), d.__ne__({}), d.__lt__({}), dict.__hash__)
print(d.__or__({"z": 0}), d.__or__([1]), d.__ror__({"b": 0, "q": 1}), d.__repr__())
print(d.__ior__({"w": 1}), d, list(d.__reversed__()), type(d.__reversed__()).__name__)
try:
    d.__getitem__("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.__delitem__("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict.__len__([])
except TypeError as e:
    print(e)
try:
    {} < {}
except TypeError as e:
    print(e)
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print(e)
x = {"a": 1}
x |= [("b", 2)]
print(x)
