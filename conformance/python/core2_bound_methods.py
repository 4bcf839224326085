class A:
    def m(self, x):
        return ('m', x)
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(x):
        return x

a = A()
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(A.m(a, 2), A.c(), a.c(), A.s(3), a.s(4))
print(a.m == a.m, a.m is a.m, A.m is A.m)
f = A.c
print(f(), f.__self__ is A)
ms = [a.m, A().m]
print([m(5) for m in ms])
class B(A):
    pass
print(B.c(), B().c())
def plain(self):
    return 'plain bound'
A.p = plain
print(a.p())
a.q = plain
try:
    a.q()
except TypeError as e:
    print('TypeError', e)
print(a.q(a))
m = a.m
del A.m
try:
    a.m
except AttributeError as e:
    print('AttributeError', e)
print(m(6))
print(repr(A.s)[:18], repr(A.c)[:21])
