a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
l = [0, 0, 0]
i = l[i] = 2
print(i, l)
d = {}
d['a'] = d['b'] = len(d)
print(d)
class O:
    pass
o = O()
o.x = o.y = 'shared'
print(o.x, o.y)
p, (q, r) = 1, [2, 3]
print(p, q, r)
[s, t] = u = (4, 5)
print(s, t, u)
m = n = 0
m += 1
print(m, n)
first, *rest = last = 'abc'
print(first, rest, last)
e = f = g = None
print(e is f is g is None)
k = [1, 2]
k[0], k[1] = k[1], k[0]
print(k)
v = [0, 1, 2]
idx = 0
idx, v[idx] = 2, 'x'
print(idx, v)
