g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 3 == 0))
print(list((a, b) for a in range(3) for b in range(a)))
pairs = [(1, 'a'), (2, 'b')]
print(dict((v, k) for k, v in pairs))
def lazy():
    print('evaluated')
    return range(2)
g = (x for x in lazy())
print('created')
print(list(g))
try:
    g = (1 / x for x in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print('zde', e)
print(max((len(s), s) for s in ['aa', 'b', 'ccc']))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
