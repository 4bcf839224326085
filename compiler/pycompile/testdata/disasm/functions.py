def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a + b + c + d + e


def counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n

    return inc


squares = [x * x for x in range(10) if x % 2]
pairs = {k: v for k, v in [(1, 2)]}
total = f(1, 2, 3, 4, d=5, **{"e": 6})
