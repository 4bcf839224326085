class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30, 40][i], [10, 20, 30, 40][Idx(0):i], range(10)[i], list(range(i)), 'abcd'[i], bin(i), hex(i), oct(i), (1, 2, 3)[i])
print(int(i), float(Idx(3)) if False else 'float needs __float__', [0] * i, 'ab' * i, round(2.5, i), i.__index__())
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, n=None):
        return ('round', n)
    def __abs__(self):
        return ('abs', self.v)
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)
    def __trunc__(self):
        return 99
    def __neg__(self):
        return Num(-self.v)
    def __repr__(self):
        return 'Num(%r)' % self.v
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 1), abs(n), divmod(n, 2), divmod(2, n), -n)
for bad in [lambda: [1][Num(0)], lambda: range(Num(3)), lambda: 'x' * Num(2), lambda: hex(Num(1)), lambda: float(Idx(1)), lambda: int(object())]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
class BadIdx:
    def __index__(self):
        return 'no'
try:
    [1][BadIdx()]
except TypeError as e:
    print('TypeError', e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print('TypeError', e)
class BigHash:
    def __hash__(self):
        return 2**70
print(hash(BigHash()) == hash(2**70))
class LenBig:
    def __len__(self):
        return 2**70
try:
    len(LenBig())
except OverflowError as e:
    print('OverflowError', e)
class LenStr:
    def __len__(self):
        return '3'
try:
    len(LenStr())
except TypeError as e:
    print('TypeError', e)
print(bool(Idx(0)), 3 in range(Idx(5)) if False else 'skip', sorted([Idx(3), Idx(1)], key=lambda x: x.v)[0].v)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(Idx(2) * 'ab', Idx(2) * [1], (0,) * Idx(3), Idx(1) * b'x')
x = [1]
x *= Idx(3)
print(x)
