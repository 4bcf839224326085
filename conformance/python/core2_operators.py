class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V%r' % (self.c,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print('radd')
        return self + o
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __iadd__(self, o):
        print('iadd')
        self.c = (self + o).c
        return self

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 2, 3 * a, -a, abs(b), a @ b)
c = a
c += b
print(c, a, c is a)
try:
    a + 'x'
except TypeError as e:
    print('TypeError', e)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))

class OnlyAdd:
    def __add__(self, o):
        return 'added'
x = OnlyAdd()
x += 1
print(x)

class Num:
    def __init__(self, v):
        self.v = v
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return 'rsub %r' % (o,)
    def __floordiv__(self, o):
        return 'floordiv'
    def __mod__(self, o):
        return 'mod'
    def __pow__(self, o, mod=None):
        return 'pow %r %r' % (o, mod)
    def __rpow__(self, o):
        return 'rpow'
    def __lshift__(self, o):
        return 'lshift'
    def __and__(self, o):
        return 'and'
    def __ror__(self, o):
        return 'ror'
    def __invert__(self):
        return 'invert'
    def __pos__(self):
        return 'pos'
n = Num(1)
print(5 - n, n // 2, n % 2, n ** 2, pow(n, 2, 3), 2 ** n, n << 1, n & 1, 1 | n, ~n, +n)
try:
    n - 5
except TypeError as e:
    print('TypeError', e)
