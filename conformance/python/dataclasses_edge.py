from dataclasses import dataclass, field, fields, asdict
from typing import Any, Dict, List


@dataclass
class Tree:
    label: str
    kids: List["Tree"] = field(default_factory=list)
    meta: Dict[str, Any] = field(default_factory=dict)


t = Tree("root", [Tree("a"), Tree("b", [Tree("c")])], {"depth": 2})
print(t)
print(asdict(t))
print(t == Tree("root", [Tree("a"), Tree("b", [Tree("c")])], {"depth": 2}), t.kids[1].kids[0].label)


@dataclass
class Weird:
    class_: str = "c"
    none: Any = None
    flt: float = 1.5
    tup: tuple = ()


w = Weird()
print(w, Weird.__doc__, w == Weird(), fields(w)[0].name)


@dataclass(eq=True)
class WithEq:
    a: int

    def __eq__(self, other):
        return "custom"


print(WithEq(1) == WithEq(2), WithEq.__hash__)


@dataclass
class Holder:
    items: list = field(default_factory=lambda: [1, 2])
    count: int = field(default=0, metadata={"doc": "how many"})


h1, h2 = Holder(), Holder()
h1.items += [3]
print(h1, h2, fields(Holder)[1].metadata["doc"], h1.items is h2.items)


@dataclass
class Gen:
    value: "int"

    def double(self) -> "Gen":
        return Gen(self.value * 2)


print(Gen(2).double().double(), Gen.__doc__, repr(Gen(1)))
