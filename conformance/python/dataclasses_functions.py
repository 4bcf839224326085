import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, make_dataclass, MISSING
from collections import namedtuple
from typing import List

Pair = namedtuple("Pair", "left right")


@dataclass
class Inner:
    n: int
    tags: List[str] = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: List[Inner] = field(default_factory=list)
    mapping: dict = field(default_factory=dict)
    pair: tuple = (1, 2)
    np: object = None


o = Outer("o", Inner(1, ["t"]), [Inner(2), Inner(3)], {"k": Inner(4)}, (Inner(5), 6), Pair(Inner(7), 8))
d = asdict(o)
print(d)
print(d["inner"]["tags"] is o.inner.tags, type(d["np"]).__name__)
print(astuple(o))
print(asdict(Inner(1), dict_factory=lambda pairs: [k for k, v in pairs]), astuple(Inner(2), tuple_factory=list))
r = replace(o, name="new")
print(r.name, r.inner is o.inner, r == o, replace(Inner(1), n=5))
for bad in [lambda: replace(Inner(1), nope=1), lambda: asdict(Inner), lambda: astuple(5), lambda: fields(5), lambda: replace(Inner, n=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=0)


try:
    replace(NoInit(1), b=2)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(NoInit(1), a=3))
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(5), is_dataclass(Pair))
fs = fields(Inner)
print(len(fs), fs[0].name, fs[0].type, fs[0].default is MISSING, fs[1].default_factory, fs[0].init, fs[0].repr, fs[0].hash, fs[0].compare, fs[0].kw_only, fs[0].metadata)
f = field(default=1, metadata={"unit": "cm"})
print(f.default, f.metadata["unit"], len(f.metadata), dict(f.metadata) if False else "")
M = make_dataclass("M", ["a", ("b", int), ("c", int, field(default=3))], order=True)
print(M, M(1, 2), M(1, 2) < M(1, 3), M.__doc__, [x.name for x in fields(M)])
for bad in [lambda: field(default=1, default_factory=list), lambda: field(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class NoAnnotation:
        a = field(default=1)
except TypeError as e:
    print(type(e).__name__, e)
