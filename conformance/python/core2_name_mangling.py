class A:
    __secret = 'A secret'
    def __init__(self):
        self.__x = 1
        self.__y__ = 'dunder not mangled'
    def get(self):
        return self.__x, self.__secret, A.__secret
    def __private(self):
        return 'private method'
    def call(self):
        return self.__private()

class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 2
    def getb(self):
        return self.__x

b = B()
print(b.get(), b.getb(), b.call())
print(sorted(k for k in vars(b)))
print(b._A__x, b._B__x, A._A__secret, b.__y__)
try:
    b.__x
except AttributeError as e:
    print('AttributeError', e)

class C:
    def __init__(self):
        __local = 5
        self.v = __local
    def m(self, __arg=3):
        return __arg
    def k(self, **kw):
        return kw
c = C()
print(c.v, c.m(), c.m(4), c.k(__z=1))
print(hasattr(C, '_C__nothing'), [n for n in dir(A) if 'secret' in n or 'private' in n])

class _Under:
    def __init__(self):
        self.__v = 'under'
print(vars(_Under()))
class __Dunder:
    def __init__(self):
        self.__v = 'dunder'
print(vars(__Dunder()))

def outside():
    class Inner:
        def f(self):
            __g = 1
            return [__g for _ in range(1)], (lambda: __g)()
    return Inner().f()
print(outside())
class D:
    __slots__ = ('__a',)
    def __init__(self):
        self.__a = 'slot'
print(D()._D__a, D.__slots__)
class G:
    __z = 1
    print([n for n in locals() if 'z' in n])
