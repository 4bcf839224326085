x = 'outer'
print([x for x in range(3)], x)
print([(x, y) for x in range(2) for y in range(x)], x)
print({x: [y for y in range(x)] for x in range(3)})
print([[x * y for y in range(3)] for x in range(3)])
print([x for x in [x for x in 'ab']])
def f():
    n = 10
    return [n + i for i in range(3)], [lambda: i for i in range(2)][0]()
print(f())
funcs = [lambda x=x: x for x in range(3)]
print([fn() for fn in funcs])
print(list(map(lambda t: t[0] + t[1], [(i, j) for i in range(2) for j in range(2)])))
g = (i * j for i in range(3) if i for j in range(i))
print(list(g))
nested = [[1, 2], [3], []]
print([v for row in nested for v in row if v != 2])
print({len(w) for w in ['a', 'bb', 'cc']}, {w: len(w) for w in ['x', 'yy']})
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print('NameError', e)
y = 5
print([y := y + 1 for _ in range(3)], y)
print(sum(x for x in range(5)), max((x for x in 'abc'), key=ord))
