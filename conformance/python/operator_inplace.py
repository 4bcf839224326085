import operator

x = [1, 2]
y = operator.iadd(x, [3])
print(x, y is x)
s = "ab"
t = operator.iadd(s, "c")
print(s, t)
n = 5
print(operator.isub(n, 2), operator.imul(3, 4), operator.itruediv(7, 2), operator.ifloordiv(7, 2), operator.imod(7, 3))
print(operator.ipow(2, 5), operator.ilshift(1, 3), operator.irshift(16, 2), operator.iand(12, 10), operator.ior(12, 10), operator.ixor(12, 10))
st = {1, 2}
print(operator.ior(st, {3}), st, operator.iand({1, 2, 3}, {2}), operator.isub({1, 2}, {1}))
d = {"a": 1}
print(operator.ior(d, {"b": 2}), d)


class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, other):
        self.total += other
        return self


a = Acc()
print(operator.iadd(a, 5) is a, a.total, operator.__iadd__(a, 1).total)
print(operator.getitem({"k": [1, 2]}, "k"), operator.getitem([1, 2, 3], slice(None, None, -1)))
lst = [0, 1, 2, 3]
operator.setitem(lst, slice(1, 3), ["a"])
operator.delitem(lst, 0)
print(lst, operator.contains(lst, "a"), operator.countOf(lst, 3), operator.indexOf(lst, 3))
print(operator.truth([]), operator.truth([0]), operator.not_(None), operator.is_not(None, 0), operator.pos(True))
print(operator.neg(2.5), operator.invert(-1), operator.abs(-7.5), operator.index(10) + 1)
