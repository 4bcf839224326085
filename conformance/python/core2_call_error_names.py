def f(*a, **k):
    return a, k

class C:
    def m(self, *a, **k):
        return a
    class D:
        def n(self):
            pass

def gen():
    yield 1

calls = [
    lambda: f(*5),
    lambda: f(1, *5),
    lambda: f(**[1]),
    lambda: C().m(**[1]),
    lambda: C.D().n(**[1]),
    lambda: print(*5),
    lambda: print(**[1]),
    lambda: (lambda: 0)(**[1]),
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: C(**[1]),
    lambda: [].append(**[1]),
    lambda: max(**{'a': 1}, **{'a': 2}),
    lambda: (1.5)(**'x'),
    lambda: (1)(*f),
    lambda: gen()(**f),
    lambda: {**[1]},
    lambda: {**{1: 2}, **5},
    lambda: 1 @ 1,
    lambda: 2.0 @ 1,
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)

class BadIter:
    def __iter__(self):
        raise ValueError('iteration failed')
try:
    f(*BadIter())
except ValueError as e:
    print('ValueError', e)
a = 3
try:
    a @= 2
except TypeError as e:
    print(e)
print(f(*range(3)), f(*'ab', **{'k': 1}), f(*(x for x in [1, 2])))
