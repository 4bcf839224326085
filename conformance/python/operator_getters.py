from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

g = itemgetter(1)
print(g([1, 2, 3]), g("xyz"), g({1: "one"}), repr(g))
g2 = itemgetter(0, -1, slice(1, 3))
print(g2([1, 2, 3, 4]), repr(g2), repr(itemgetter("a", "b")))
rows = [("b", 2), ("a", 3), ("c", 1)]
print([itemgetter(0)(r) for r in rows], list(map(itemgetter(1), rows)) if False else "")


class Obj:
    def __init__(self, **kw):
        for k in kw:
            setattr(self, k, kw[k])


o = Obj(name="n", inner=Obj(x=Obj(y=42)), n=3)
a = attrgetter("name")
print(a(o), attrgetter("inner.x.y")(o), attrgetter("name", "n", "inner.x.y")(o), repr(attrgetter("a.b", "c")))
P = namedtuple("P", "x y")
print(attrgetter("x")(P(5, 6)), attrgetter("y", "x")(P(5, 6)))
class Greeter:
    def greet(self, name, punct="!"):
        return "hello " + name + punct


m = methodcaller("greet", "x")
print(m(Greeter()), repr(m), repr(methodcaller("name", 1, key="v")))
print(methodcaller("greet", "bob")(Greeter()), methodcaller("greet", "amy", punct="?")(Greeter()))
for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: attrgetter(), lambda: methodcaller(), lambda: methodcaller(1),
            lambda: itemgetter(5)([1]), lambda: itemgetter("k")({}), lambda: attrgetter("missing")(o),
            lambda: attrgetter("inner.nope")(o), lambda: methodcaller("nope")(o), lambda: itemgetter(0)()]:
    try:
        bad()
    except (TypeError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(itemgetter(1)).__name__, type(attrgetter("x")).__name__, type(methodcaller("x")).__name__)
