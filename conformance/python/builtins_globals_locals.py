x = 10
def f(a, b=2, *args, **kw):
    c = a + b
    print(sorted(locals().items()))
    print(locals()["c"], "x" in locals(), "x" in globals(), globals()["x"])
f(1)
f(1, 3, 4, 5, k=6)

def outer():
    v = 1
    def inner():
        w = 2
        return locals(), v
    return inner()
print(outer())

def before_after():
    print(locals())
    y = 1
    print(locals())
    del y
    print(locals())
before_after()

class K:
    a = 1
    b = a + 1
    print(sorted(k for k in locals() if k[:2] != "__"))

g = globals()
print(type(g).__name__, g["__name__"], "f" in g, "K" in g)
print(vars() is not None, vars()["x"])
try:
    globals(1)
except TypeError as e:
    print(e)
try:
    locals(1)
except TypeError as e:
    print(e)
