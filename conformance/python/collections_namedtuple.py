from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p))
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p != (2, 1), p < Point(1, 3), isinstance(p, tuple), isinstance(p, Point))
print(type(p), type(p).__name__, Point.__name__, Point.__doc__, Point._fields, Point._field_defaults)
print(Point._make([3, 4]), Point._make(iter("ab")), p._replace(y=9), p._asdict(), p.__getnewargs__())
print(Point(x=5, y=6), Point(7, y=8), Point(*[1], **{"y": 3}))
print(p + (3,), p * 2, 1 in p, p.count(1) if False else "", {p: "v"}[(1, 2)], {(1, 2): "t"}[p])
print(Point.x, Point.x.__doc__, Point.__slots__, Point.__mro__, Point.__match_args__)

P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, None])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__module__)
R = namedtuple("R", "a, def, a, _x", rename=True)
print(R._fields, R(1, 2, 3, 4))
print(namedtuple("E", "")(), namedtuple("E", [])._fields, namedtuple("M", "v", module="mymod").__module__)
print(namedtuple("S", "a,b  c")._fields)
for args in [("P", "class x"), ("1a", "x"), ("P", "_a"), ("P", "a a"), ("P", ["a", 1])]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    namedtuple("P", "a", defaults=(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
for make in [lambda: Point(1), lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
             lambda: P3(1, 2, 3, 4), lambda: P3(), lambda: Point._make([1]), lambda: p._replace(z=1)]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z
except AttributeError as e:
    print(type(e).__name__, e)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __str__(self):
        return f"<{self.x}, {self.y}>"


v = Vec(3, 4)
print(v, repr(v), v.norm2, v + Vec(1, 1), type(v + Vec(1, 1)).__name__, Vec._make([0, 1]), v._replace(x=0))
print(Vec.__mro__)


class Tagged(namedtuple("Tagged", "value")):
    def describe(self):
        return f"{self.value!r} tagged {self.tag}"


t = Tagged(5)
t.tag = "yes"
print(t.describe(), t.__dict__, t)
