l = [1, [2], 3]
c = l.copy()
print(c, c == l, c is l, c[1] is l[1])
l.reverse()
print(l, c)
l.clear()
print(l, c, l.clear())
e = []
e.reverse()
print(e, [1].copy(), list.copy([4, 5]))
for m in ("copy", "clear", "reverse"):
    try:
        getattr(l, m)(1)
    except TypeError as err:
        print(err)
x = [3, 1, 2]
it = reversed(x)
print(next(it), x.__reversed__().__next__())
print(type(x.__reversed__()).__name__)
print(list.append, list.sort.__name__, [].append.__name__, [].append.__qualname__)
try:
    list.append(5, 1)
except TypeError as err:
    print(err)
try:
    list.sort()
except TypeError as err:
    print(err)
