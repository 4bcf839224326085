def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{'c': 7, 'z': 0}))
print(f(1, *(2, 3), *[4], c=1, **{'d': 9}, **{'y': 1}))
for call in [lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: f(1, 2, c=3, **{'c': 4})]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

def g(*, only):
    return only
print(g(only=1))
try:
    g(1)
except TypeError as e:
    print('TypeError', e)

def h(a, /, b, *, c):
    return a, b, c
print(h(1, 2, c=3), h(1, b=2, c=3))
try:
    h(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError', e)

def kwonly_default(*args, sep='-', end='!'):
    return sep, end, args
print(kwonly_default(1, 2, end='?'))
def collect(**kw):
    return sorted(kw.items())
print(collect(b=1, a=2))
print((lambda *a, **k: (a, k))(1, x=2))
try:
    f(1, **{1: 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(1, *5)
except TypeError as e:
    print('TypeError', e)
try:
    f(1, **[1])
except TypeError as e:
    print('TypeError', e)
