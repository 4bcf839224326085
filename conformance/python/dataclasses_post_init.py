from dataclasses import dataclass, field, InitVar, fields
from typing import List


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3) == Rect(2, 3))
try:
    Rect(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class Account:
    owner: str
    password: InitVar[str]
    history: List[str] = field(default_factory=list)
    hashed: str = field(init=False, repr=False)

    def __post_init__(self, password):
        self.hashed = password[::-1]
        self.history += ["created"]


acc = Account("ann", "secret")
print(acc, acc.hashed, [f.name for f in fields(acc)])
try:
    Account("bob")
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    a: int

    def __post_init__(self):
        print("Base post init", self.a)


@dataclass
class Child(Base):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        print("Child post init", self.b)


Child(1, 2)


@dataclass
class Counter:
    count: int = 0

    def increment(self) -> "Counter":
        self.count += 1
        return self


print(Counter().increment().increment(), Counter(5).count)


@dataclass
class WithProperty:
    _value: int = 0

    @property
    def value(self):
        return self._value * 2


print(WithProperty(4).value, WithProperty())
