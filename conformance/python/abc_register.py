from abc import ABC, abstractmethod
from collections.abc import Sequence, Mapping, Iterable, Sized


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @classmethod
    def __subclasshook_unused__(cls, C):
        return NotImplemented


class Tuple3:
    def __init__(self, a, b, c):
        self.items = (a, b, c)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return 3


print(isinstance(Tuple3(1, 2, 3), Sequence), isinstance(Tuple3(1, 2, 3), Sized), isinstance(Tuple3(1, 2, 3), Iterable))
Sequence.register(Tuple3)
print(isinstance(Tuple3(1, 2, 3), Sequence), issubclass(Tuple3, Sequence))


class Square:
    def area(self):
        return 4


print(isinstance(Square(), Shape))
Shape.register(Square)
print(isinstance(Square(), Shape), issubclass(Square, Shape))


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r ** 2


shapes = [Circle(1), Square()]
print([s.area() for s in shapes], all_shapes := [isinstance(s, Shape) for s in shapes])
try:
    Shape.register(Circle) is Circle and print("already a subclass: returned as is")
except RuntimeError as e:
    print(type(e).__name__, e)


class MyMapping(Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


print(isinstance(MyMapping(), Mapping), isinstance({}, MyMapping), dict(MyMapping(a=1)), MyMapping(a=1) == {"a": 1})
