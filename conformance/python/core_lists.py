a = [3, 1, 2]
a.append(5)
print(a, a[1:3], a[:-1], a[::-1], len(a))
a[0] = 10
a[1:3] = [7, 8, 9]
print(a)
del a[0]
print(a)
del a[::2]
print(a)
b = a + [1] * 3
print(b, b.count(1) if hasattr(b, "count") else "", [x for x in b if x > 1])
c = [[0] * 2 for _ in range(2)]
c[0][1] = 5
print(c)
d = list(range(5))
d[1:4] = []
print(d)
try:
    d[10]
except IndexError as e:
    print(e)
try:
    d[1.5]
except TypeError as e:
    print(e)
