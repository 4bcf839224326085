from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2), Point(x=3, y=4), p == Point(1, 0), p == (1, 0), p != Point(2), repr(p), str(p))
print(Point.__doc__, Point.__match_args__, Point.__hash__, p.x, p.y)
p.y = 5
print(p, Point.__init__.__name__ if False else "")
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, z=2), lambda: Point(y=1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Inventory:
    name: str
    price: float
    tags: List[str] = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    cached: int = field(default=0, compare=False)
    computed: str = field(init=False, default="c")
    counter: int = field(init=False, default_factory=lambda: 7)


a = Inventory("pen", 1.5)
b = Inventory("pen", 1.5, cached=99)
a.tags += ["red"]
print(a, b, a == b, a.tags is b.tags, a.computed, a.counter, Inventory.__doc__)
print(Inventory("x", 2, ["t"], "hidden"), Inventory.__match_args__)


@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)
    parent: Optional["Node"] = None


root = Node(1)
root.children += [Node(2, parent=root)]
print(root.children[0].value, root.children[0].parent is root, Node.__doc__)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)


@dataclass
class WithDoc:
    """Custom docstring."""
    a: int


print(WithDoc.__doc__, WithDoc(1))


@dataclass(repr=False, eq=False)
class Plain:
    a: int


pl = Plain(1)
print(pl == Plain(1), pl == pl, repr(pl)[:15], hasattr(Plain, "__eq__"))


class NotData:
    b: int = 1


@dataclass
class Recursive:
    items: list

    def __post_init__(self):
        self.items += [self]


r = Recursive([])
print(r)
