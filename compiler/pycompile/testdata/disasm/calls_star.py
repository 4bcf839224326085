def f(*args, **kwargs):
    return args, kwargs

xs = [1, 2]
kw = {"a": 1}
f(*xs)
f(0, *xs)
f(*xs, 3)
f(*xs, **kw)
f(**kw)
f(*xs, b=2, **kw)
