from typing import NamedTuple, TypedDict, List, Optional


class Employee(NamedTuple):
    """An employee record."""
    name: str
    id: int = 3
    tags: List[str] = []

    def describe(self) -> str:
        return f"{self.name}#{self.id}"

    def __repr__(self):
        return f"<Employee {self.name}>"


e = Employee("ann")
print(e, e.name, e.id, e.tags, e.describe(), e[0], len(e), tuple(e), isinstance(e, tuple))
print(Employee._fields, Employee._field_defaults, Employee.__annotations__, Employee.__doc__, Employee.__mro__)
print(e._replace(id=7), e._asdict(), Employee._make(["bob", 1, ["x"]]), Employee("c", 2) == ("c", 2, []))
name, ident, tags = Employee("d", 4)
print(name, ident, tags)


class Point(NamedTuple):
    x: float
    y: float


print(Point(1.5, 2), repr(Point(0, 0)), Point.__doc__, Point(x=1, y=2) < Point(1, 3))
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "x"), Pair.__annotations__, Pair._fields, Pair.__module__)
KW = NamedTuple("KW", x=int, y=int)
print(KW(1, 2), KW._fields)
for bad in ["class Bad(NamedTuple):\n    a: int = 1\n    b: int\n", "class Bad2(NamedTuple):\n    _x: int\n",
            "class Bad3(NamedTuple):\n    a: int\n    def _make(self):\n        pass\n"]:
    try:
        exec(bad) if False else None
    except (TypeError, ValueError, AttributeError) as ex:
        print(type(ex).__name__, ex)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    class Bad3(NamedTuple):
        a: int

        def _make(self):
            pass
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Point(1)
except TypeError as ex:
    print(type(ex).__name__, ex)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, Movie.__mro__, Movie.__total__, sorted(Movie.__required_keys__) if False else len(Movie.__required_keys__))
print(Movie(title="x"), Movie({"title": "y", "year": 1}))


class Sequel(Movie):
    prequel: Optional[str]


print(Sequel.__annotations__, Sequel(title="t", year=2, prequel=None))
Point2D = TypedDict("Point2D", {"x": int, "y": int}, total=False)
print(Point2D(x=1), Point2D.__total__, Point2D.__annotations__, len(Point2D.__optional_keys__))
try:
    isinstance({}, Movie)
except TypeError as ex:
    print(type(ex).__name__, ex)
