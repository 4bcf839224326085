from functools import cached_property


class Data:
    def __init__(self, n):
        self.n = n

    @cached_property
    def total(self):
        "Sum of the range."
        print("computing", self.n)
        return self.n * (self.n + 1) // 2


d = Data(10)
print(d.total, d.total, d.__dict__)
d.total = 5
print(d.total)
del d.total
print(d.total)
print(Data.total.attrname, Data.total.__doc__, type(Data.total).__name__, Data.total.func.__name__)
e = Data(3)
print(e.total, d.total)


class Slotted:
    __slots__ = ()


try:
    cp = cached_property(lambda self: 1)
    cp.__set_name__(Slotted, "x") if False else None
    print(cp.attrname)
    cp.__get__(Data(1), Data) if False else None
except TypeError as e:
    print(type(e).__name__, e)


class Twice:
    @cached_property
    def a(self):
        return 1


try:
    class Bad:
        x = Twice.__dict__["a"]
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)


class Loose:
    pass


Loose.p = cached_property(lambda self: 3)
try:
    Loose().p
except TypeError as e:
    print(type(e).__name__, e)
