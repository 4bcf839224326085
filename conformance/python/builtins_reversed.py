print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))), list(reversed(range(0))))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed("")).__name__, type(reversed(range(2))).__name__)
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
r = reversed([1, 2, 3])
print(next(r), iter(r) is r, list(r), list(r))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i

l = [1, 2, 3]
r = reversed(l)
next(r)
l.append(4)
print(list(r))
l = [1, 2, 3, 4]
r = reversed(l)
next(r)
del l[:]
print(list(r))
d2 = {1: 1}
r = reversed(d2)
d2[2] = 2
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
for bad in [1, {1, 2}, None, NoRev(), iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reversed()
except TypeError as e:
    print(e)
try:
    reversed([], x=1)
except TypeError as e:
    print(e)
