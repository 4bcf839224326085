x = 1
f = lambda a, b=x: a + b
x = 100
print(f(1), f(1, 2))
adders = [lambda n, k=k: n + k for k in range(3)]
print([a(10) for a in adders])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda *a, k=0, **kw: (a, k, kw))(1, 2, k=3, z=4))
print((lambda: (yield))().__class__.__name__ if False else 'skip')
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print((lambda x: (lambda y: x + y))(1)(2))
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
print(f.__name__, (lambda: 0).__qualname__)
def outer():
    return lambda: 0
print(outer().__qualname__)
