x = 7.5
print(x.__add__(1), x.__add__(0.5), x.__sub__(True), x.__mul__(2), x.__truediv__(2), x.__floordiv__(2), x.__mod__(-2), x.__pow__(2), x.__divmod__(2))
print(x.__radd__(1), x.__rsub__(10), x.__rmul__(2), x.__rtruediv__(15), x.__rfloordiv__(16), x.__rmod__(16), x.__rpow__(2), x.__rdivmod__(16))
print(x.__neg__(), x.__pos__(), x.__abs__(), (-x).__abs__(), x.__bool__(), (0.0).__bool__(), x.__int__(), (-x).__int__(), x.__float__())
print(x.__trunc__(), (-x).__trunc__(), x.__floor__(), (-x).__floor__(), x.__ceil__(), (-x).__ceil__(), x.__round__(), (2.5).__round__(), (2.675).__round__(2))
print(x.__eq__(7.5), x.__eq__(7), (7.0).__eq__(7), x.__lt__(8), x.__ge__(2**70), x.__eq__("7.5"), x.__add__("a"), x.__and__(1) if hasattr(x, "__and__") else "no __and__")
print(x.__hash__() == hash(7.5), x.__repr__(), x.__format__(".3f"), x.__format__(""), float.__add__(1.0, 2), x.__pow__(0.5))
print((1e308).__mul__(10), (-1.5).__floordiv__(0.5), (5.0).__mod__(-0.0) if False else None)
tests = [
    lambda: x.__truediv__(0),
    lambda: x.__floordiv__(0.0),
    lambda: x.__mod__(0),
    lambda: x.__divmod__(0),
    lambda: float("inf").__floor__(),
    lambda: float("nan").__int__(),
    lambda: float.__add__(1, 2.0),
    lambda: (10.0).__pow__(1000),
]
for t in tests:
    try:
        print(t())
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
