from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0


c = Coord(1.5)
print(c, c.lat, Coord.__hash__ is not None, {c: "x"}[Coord(1.5, 0.0)])
def delete():
    del c.lat


for bad in [lambda: setattr(c, "lat", 2), delete, lambda: setattr(c, "new", 1)]:
    try:
        bad()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(1, 0, "x"), Version(0, 9)]
print(Version(1) < Version(1, 1), Version(2) > Version(1, 9), Version(1, 0, "a") == Version(1, 0, "b"), Version(1) <= Version(1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class Bad2:
        a: int
except ValueError as e:
    print(type(e).__name__, e)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


print(Hashed(1) == Hashed(1), {Hashed(1): 1}[Hashed(1)], Hashed.__hash__ is not None)


@dataclass(eq=False)
class IdentityHash:
    a: int


ih = IdentityHash(1)
print({ih: 1}[ih], IdentityHash.__hash__ is object.__hash__)


@dataclass
class EqNoHash:
    a: int


try:
    {EqNoHash(1): 1}
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print({ExplicitHash(1): "h"}[ExplicitHash(1)])
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class FrozenBase:
    a: int


try:
    @dataclass
    class Thaw(FrozenBase):
        b: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Warm:
    a: int


try:
    @dataclass(frozen=True)
    class Freeze(Warm):
        b: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    b: int = 2


print(FrozenChild(1), FrozenChild(1) == FrozenChild(1, 2))
