for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
for *init, last in ['abc', 'xy']:
    print(init, last)
print([x + y for x, y in zip('ab', 'cd')])
print({k: v for k, (v, _) in {'a': (1, 2), 'b': (3, 4)}.items()})
print([(i, c) for i, (c, _) in enumerate(['xy', 'zw'])])
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = 'xy', 'z'
print(a, b, c)
a, b = b, a
print(a, b)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 'set'
print(i, x)
d = {}
d['k'], d['j'] = 1, 2
print(d)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError', e)
[p, q] = (7, 8)
print(p, q)
class O: pass
o = O()
o.a, o.b = 'A', 'B'
print(o.a, o.b)
