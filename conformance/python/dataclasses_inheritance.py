from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


d = Derived()
print(d, Derived.__doc__, [f.name for f in fields(Derived)], Derived(5, 6, 7))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1
    registry: ClassVar[list] = []

    def __post_init__(self, scale):
        self.b = self.a * scale
        WithPost.registry += [self.a]


w = WithPost(3, 4)
print(w, w.b, WithPost.registry, WithPost(2).b, [f.name for f in fields(WithPost)], WithPost.__doc__)
try:
    w.scale
except AttributeError as e:
    print(type(e).__name__)


@dataclass
class KwOnly:
    a: int
    _: KW_ONLY
    b: int = 0
    c: str = "c"


print(KwOnly(1), KwOnly(1, b=2, c="x"), KwOnly.__doc__, KwOnly.__match_args__)
try:
    KwOnly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


print(AllKw(a=1), AllKw.__doc__)
for bad in [lambda: AllKw(1), lambda: AllKw()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Mixed:
    a: int = field(kw_only=True)
    b: int = 1


print(Mixed(5, a=1), Mixed.__doc__)


@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int

    inner: "Outer.Inner"


print(Outer(Outer.Inner(1)), Outer.Inner.__qualname__)


class Plain:
    def __init__(self):
        self.p = "plain"


@dataclass
class FromPlain(Plain):
    q: int = 0


fp = FromPlain()
print(fp, hasattr(fp, "p"))
