from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f["a"], f.get("c"), f.get("c", 0), "a" in f, "z" in f, len(f), list(f))
print(list(f.keys()), list(f.values()), list(f.items()), f == {"a": 1, "b": 2}, f == {"a": 1}, f != {"b": 2, "a": 1})
print(type(f.keys()).__name__, type(f.items()).__name__, len(f.values()), "a" in f.keys(), ("a", 1) in f.items(), 2 in f.values())
print(dict(f), isinstance(f, Mapping), isinstance(f, dict))
try:
    {f: 1}
except TypeError as e:
    print(type(e).__name__, e)


class Store(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


s = Store()
s["x"] = 1
s.update({"y": 2}, z=3)
s.update([("w", 0)])
print(s.data, s.setdefault("x", 9), s.setdefault("n", 5), s.pop("y"), s.pop("nope", "dflt"), s.popitem(), s.data)
try:
    s.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
s.clear()
print(s.data, len(s))
try:
    s.popitem()
except KeyError as e:
    print(type(e).__name__, repr(e))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n or i < 0:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, sq.index(16), sq.count(4), list(sq.__reversed__()), len(sq))
try:
    sq.index(7)
except ValueError as e:
    print(type(e).__name__, repr(e))


class MyList(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items[i:i] = [v]


m = MyList()
m.append(1)
m.extend([2, 3, 4])
m += [5]
print(m.items, m.pop(), m.pop(0), m.items)
m.remove(3)
m.reverse()
print(m.items, list(m), 2 in m)
m.clear()
print(m.items)
for cls in [Mapping, MutableMapping, Sequence, MutableSequence]:
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)


class Partial(MutableMapping):
    def __getitem__(self, k):
        return 1


try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)
