class A:
    x = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
a = A()
print(vars(a))
vars(a)["c"] = 3
print(a.c, vars(a) is a.__dict__)
print(sorted(k for k in vars(A) if k[:2] != "__"))
def f():
    local = 5
    return vars()
print(f())
def g():
    pass
g.attr = 1
print(vars(g))
for bad in [1, "s", [], None]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(a, a)
except TypeError as e:
    print(e)
