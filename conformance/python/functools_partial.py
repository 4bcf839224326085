from functools import partial


def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)


p = partial(f, 1, c=5)
print(p(), p(9), p(9, 8, 7), p(b=7, c=9, z=1))
print(p.func is f, p.args, p.keywords, type(p).__name__)
q = partial(p, 2, d=4)
print(q.func is f, q.args, q.keywords, q())
print(partial(f)(0), partial(f, a=1)(b=0))
print(repr(partial(print, 1, sep="-")), repr(partial(int, base=2)))
print(partial(int, base=2)("101"))


class A:
    def __init__(self, *args, **kw):
        self.args, self.kw = args, kw


pa = partial(A, 1, x=2)
obj = pa(3, y=4)
print(obj.args, obj.kw, repr(pa))
p.extra = "attr"
print(p.extra, p.__dict__)
try:
    p.func = len
except AttributeError as e:
    print(type(e).__name__, e)
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(f, b=1)()
except TypeError as e:
    print(type(e).__name__, e)


def kwonly(**kw):
    return kw


print(partial(kwonly, a=1, b=2)(b=3, c=4))
print(isinstance(p, partial), callable(p) if False else "skip")
