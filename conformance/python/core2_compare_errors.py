pairs = [(1, 'a'), ('a', 1), ([], ()), ((), []), (None, 0), ({}, {}), ({1}, [1]), (1.5, 'x'), (b'a', 'a'), (object, 1)]
for a, b in pairs:
    for op in ['<', '<=', '>', '>=']:
        try:
            r = eval('a ' + op + ' b') if False else {'<': lambda: a < b, '<=': lambda: a <= b, '>': lambda: a > b, '>=': lambda: a >= b}[op]()
            print(repr(a), op, repr(b), r)
        except TypeError as e:
            print('TypeError', e)
print(1 == 'a', [] == (), {} != [], None == 0, 1 == 1.0 == True)
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2].sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
print(min([], default='empty'), max([3, 1, 2], key=lambda x: -x), min('bca'), max((1, 'x'), (1, 'y')))
try:
    min([])
except ValueError as e:
    print('ValueError', e)
try:
    max(1)
except TypeError as e:
    print('TypeError', e)
l = [1]
l.append(l)
print(l, str(l), repr({'k': l}))
d = {}
d['self'] = d
print(d)
class R:
    def __repr__(self):
        raise ValueError('bad repr')
try:
    print([R()])
except ValueError as e:
    print('ValueError', e)
print([1, 2] < [1, 3], (1, 2) < (1,), [1, [2]] == [1, [2]], (1, float('nan')) == (1, float('nan')))
n = float('nan')
print([n] == [n], n in [n], (n,) == (n,), n == n)
