s = set(range(10))
out = []
while s:
    out.append(s.pop())
print(out)
s = set([5, 13, 21, 1, 100])
print(s.pop(), s.pop(), s)
s.add(13)
print(s.pop(), s)
c = set([1, 2, 3])
d = c.copy()
d.add(4)
print(c, d, c.clear(), c, d.copy() == d, d.copy() is d)
f = frozenset([1, 2])
print(f.copy() is f, type(f.copy()).__name__)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.pop(1)
except TypeError as e:
    print(e)
try:
    s.copy(1)
except TypeError as e:
    print(e)
try:
    frozenset().pop()
except AttributeError as e:
    print(e)
