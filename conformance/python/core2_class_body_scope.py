class A:
    x = 10
    y = x + 1
    try:
        z = [x for _ in range(2)]
    except NameError as e:
        z = 'NameError ' + str(e)
    w = [i * 2 for i in range(3)]
    v = (lambda: 'lambda sees global')()
    del y
    names = sorted(k for k in locals() if k[:2] != '__')
print(A.x, A.z, A.w, A.v, hasattr(A, 'y'), A.names)

x = 'global x'
class B:
    x = 'class x'
    def m(self):
        return x
    def n(self):
        return self.x
    g = [x for _ in range(1)]
print(B().m(), B().n(), B.g)

def f():
    x = 'f x'
    class C:
        y = x
        x = 'C x'
        z = x
        def m(self):
            return x
    return C.y, C.z, C().m()
print(f())

class D:
    if True:
        cond = 'set in if'
    for i in range(3):
        pass
    try:
        raise ValueError
    except ValueError:
        handled = True
    with open.__class__ if False else type('CM', (), {'__enter__': lambda s: 'entered', '__exit__': lambda s, *a: None})() as entered:
        pass
print(D.cond, D.i, D.handled, D.entered)
class E:
    def __init__(self):
        self.items = [1, 2]
    total = property(lambda self: sum(self.items))
print(E().total)
