import operator
from operator import *

print(add(2, 3), sub(2, 3), mul(4, 5), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10), neg(5), pos(-5))
print(and_(6, 3), or_(6, 3), xor(6, 3), invert(5), inv(0), lshift(1, 4), rshift(32, 2), add("a", "b"), mul([0], 3))
print(eq(1, 1.0), ne(1, 2), lt(1, 2), le(2, 2), gt(1, 2), ge(3, 2), lt("a", "b"), eq([1], [1]))
print(not_([]), not_(1), truth(0), truth("x"), is_(None, None), is_not(1, None), contains([1, 2], 2), contains("abc", "d"))
d = {"a": 1}
setitem(d, "b", 2)
print(getitem(d, "a"), d, getitem([1, 2, 3], slice(1, None)), getitem("abc", -1))
delitem(d, "a")
print(d, concat([1], [2]), concat("x", "y"), concat((1,), (2,)), index(5), index(True), abs(-3), abs(-2.5))
print(countOf([1, 2, 1, 1], 1), indexOf("abc", "c"), length_hint([1, 2, 3]), length_hint((x for x in []), 5))
print(operator.__add__(1, 2), operator.__not__(0), operator.__getitem__([5], 0), operator.__abs__(-1))
lst = [1]
print(iadd(lst, [2]), lst, iconcat(lst, [3]), lst, imul([1], 2), ior({1}, {2}), isub(5, 2), ipow(2, 3))
print(call(max if False else abs, -7), operator.__call__ is call if hasattr(operator, "__call__") else "")
for bad in [lambda: add(1), lambda: concat(1, 2), lambda: concat([1], 2), lambda: index("a"), lambda: indexOf([1], 2),
            lambda: truediv(1, 0), lambda: neg("a"), lambda: matmul(1, 2), lambda: abs("x"), lambda: lt(1, "a")]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + o.v)

    def __neg__(self):
        return V(-self.v)

    def __index__(self):
        return self.v

    def __abs__(self):
        return "abs called"

    def __repr__(self):
        return f"V({self.v})"


print(add(V(1), V(2)), neg(V(3)), index(V(7)), abs(V(1)), [10, 20, 30][index(V(1))])
