a = 7
print(a.__add__(3), a.__sub__(10), a.__mul__(6), a.__truediv__(2), a.__floordiv__(-2), a.__mod__(-3), a.__pow__(2), a.__pow__(2, 5), a.__divmod__(3))
print(a.__radd__(1), a.__rsub__(10), a.__rmul__(2), a.__rtruediv__(14), a.__rfloordiv__(50), a.__rmod__(50), a.__rpow__(2), a.__rdivmod__(50))
print(a.__and__(3), a.__or__(8), a.__xor__(5), a.__lshift__(2), a.__rshift__(1), a.__rand__(6), a.__ror__(16), a.__rxor__(1), a.__rlshift__(1), a.__rrshift__(256))
print(a.__neg__(), a.__pos__(), a.__invert__(), a.__abs__(), (-a).__abs__(), a.__bool__(), (0).__bool__(), a.__int__(), a.__float__(), a.__round__(), (1234).__round__(-2))
print(a.__eq__(7), a.__eq__(7.0), a.__ne__(8), a.__lt__(8), a.__le__(7), a.__gt__(7), a.__ge__(6), a.__lt__("x"))
print(a.__add__(1.5), a.__add__("x"), a.__mul__([1]), a.__truediv__(2.0), a.__pow__(2.0), a.__and__(1.0), a.__divmod__(2.0))
print(a.__hash__() == hash(7), a.__repr__(), a.__str__(), a.__format__("03d"), a.__format__(""), int.__repr__(True), True.__repr__())
print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__add__(True), True.__and__(3), type(True.__and__(True)).__name__)
print(int.__add__(2, 3), int.__mul__(True, 4), (2**70).__add__(1), (2**70).__floordiv__(2**35))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
try:
    a.__truediv__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a.__add__()
except TypeError as e:
    print(e)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(int.__add__(self.v, other))
    def __eq__(self, other):
        return int.__eq__(self.v, other)
    def __repr__(self):
        return "Num(%s)" % self.v
print(Num(3) + 4, Num(3) == 3, Num(3) == 4, Num(3) == 3.0)
