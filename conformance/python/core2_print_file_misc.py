for f in [lambda: len(str(10**4300)), lambda: len(str(10**4299)), lambda: int('1' * 4301), lambda: len(repr(-10**5000)), lambda: f'{10**5000}', lambda: hex(10**5000)[:5], lambda: '%d' % 10**5000]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('a', 'b', sep='-', end='!\n', file=w)
print(w.parts)
print('x', file=None)
try:
    print('x', sep=1)
except TypeError as e:
    print('TypeError', e)
try:
    print('x', file=5)
except AttributeError as e:
    print('AttributeError', e)
print(isinstance(1, (str, (int, float))), isinstance(True, int), issubclass(bool, (str, int)))
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError', e)
print({1: 'a', 1.0: 'b', True: 'c'}, hash((1, 2.0)) == hash((1.0, 2)), {(1, 2): 1}[(1.0, 2.0)])
print(int('١٢٣'), int(' 12 '), float('١.٥'), int('0_1'), int('12', 0) if False else int('0o17', 0))
for bad in ['', ' ', '1 2', '0x', '1__0', '_1', '١x']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
class F:
    def write(self, s):
        print('write', repr(s))
        return len(s)
    def flush(self):
        print('flush')
print(file=F())
print(1, 2, sep='', end='', file=F(), flush=True)
class Bad:
    def __str__(self):
        raise ValueError('no str')
try:
    print('first', Bad(), file=F())
except ValueError as e:
    print('ValueError', e)
