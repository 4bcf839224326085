t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1:], (1,), (), tuple([4, 5]))
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "abc"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (p, q) in [(0, (1, 2)), (1, (3, 4))]:
    print(i, p, q)
a = b = c = 7
print(a, b, c)
x, y = y, x
print(x, y)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
