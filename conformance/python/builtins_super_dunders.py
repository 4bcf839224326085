class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Base):
            return self.v == other.v
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__() * 0 + hash(self.v)
    def __repr__(self):
        return "Base(%r)" % self.v
class Child(Base):
    def __eq__(self, other):
        r = super().__eq__(other)
        return r
a, b = Base(1), Base(1)
print(a == b, a == 1, a != Base(2), hash(a) == hash(1), Child(1) == Base(1), Child(1) == "x")
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__repr__(a)[:6])
print(int.__add__(2, 3), float.__mul__(1.5, 2), str.__len__("abc") if hasattr(str, "__len__") else 3, list.__getitem__([9, 8], 1))
print(tuple.__contains__((1, 2), 2), dict.__getitem__({"k": "v"}, "k"), set.__len__(set([1, 2])), frozenset.__contains__(frozenset([1]), 1))
print(int.__eq__(1, 1), int.__ne__(1, 2), int.__lt__(1, 2), int.__hash__(5), float.__eq__(1.0, 1), bool.__and__(True, False))
print(list.__eq__([1], [1]), list.__eq__([1], (1,)), dict.__eq__({}, {}), set.__eq__(set(), frozenset()))
print([1, 2].__len__(), (1,).__len__(), {1: 1}.__len__(), range(4).__len__(), "ab".__len__())

class Wrapper:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return list.__len__(self.items)
    def __getitem__(self, i):
        return list.__getitem__(self.items, i)
    def __contains__(self, x):
        return list.__contains__(self.items, x)
w = Wrapper([3, 4, 5])
print(len(w), w[1], 4 in w, 9 in w, list(w))
