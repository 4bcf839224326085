class P:
    __slots__ = ('x', 'y')
p = P()
for f in [lambda: p.x, lambda: setattr(p, 'z', 1), lambda: p.__dict__, lambda: vars(p), lambda: P.x, lambda: delattr(p, 'x')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Q(P): pass
q = Q(); q.z = 1; print(q.__dict__)
class R(P):
    __slots__ = 'w'
r = R(); r.w = 1; r.x = 2
try: r.v = 1
except AttributeError as e: print(e)
try:
    class S:
        __slots__ = ('a',)
        a = 1
except ValueError as e: print(e)
class T:
    __slots__ = ('a', '__dict__')
t = T(); t.b = 1; print(t.__dict__)
class U:
    __slots__ = ()
try: U().a = 1
except AttributeError as e: print(e)
print(P.__slots__, R.__slots__)
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
pt = Point(1, 2)
pt.x += 10
print(pt, hasattr(pt, 'x'), getattr(pt, 'z', 'no z'))
del pt.y
print(hasattr(pt, 'y'))
pt.y = 5
print(pt)
