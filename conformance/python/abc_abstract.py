from abc import ABC, abstractmethod, ABCMeta
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 0


for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), isinstance(sq, ABC))
print(sorted_names := [n for n in ("area", "perimeter") if n in Shape.__abstractmethods__], len(Half.__abstractmethods__))
print(Square.__abstractmethods__ == frozenset(), Shape.area.__isabstractmethod__, hasattr(Square.area, "__isabstractmethod__"))


class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


try:
    WithProp()
except TypeError as e:
    print(type(e).__name__, e)


class Impl(WithProp):
    name = "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 1


print(Impl.make().name, Impl.helper())


class One(ABC):
    @abstractmethod
    def only(self):
        pass


try:
    One()
except TypeError as e:
    print(type(e).__name__, e)


class Plain(ABC):
    pass


print(type(Plain()).__name__, isinstance(Plain(), Plain))


class WithInit(ABC):
    def __init__(self, x):
        self.x = x


print(WithInit(5).x)


class Virtual(ABC):
    pass


Virtual.register(int)


@Virtual.register
class Decorated:
    pass


print(isinstance(3, Virtual), isinstance(True, Virtual), isinstance("s", Virtual), issubclass(bool, Virtual))
print(isinstance(Decorated(), Virtual), issubclass(Decorated, Virtual), Decorated.__name__)


class Sub(Virtual):
    pass


print(issubclass(int, Sub), isinstance(Sub(), Virtual), abc.ABCMeta.__name__, ABCMeta is abc.ABCMeta)
try:
    Virtual.register(5)
except TypeError as e:
    print(type(e).__name__, e)
print(abstractmethod(lambda: 1).__isabstractmethod__)
