class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress

def f():
    for i in range(4):
        with CM('loop%d' % i):
            if i == 0:
                continue
            if i == 2:
                break
            print('body', i)
    with CM('ret'):
        return 'returned'

print(f())

def g():
    for i in range(3):
        with CM('s%d' % i, suppress=True):
            if i == 1:
                raise ValueError('suppressed')
            print('ok', i)
    return 'g done'
print(g())

with CM('a') as a, CM('b') as b:
    print('names', a.name, b.name)

try:
    with CM('outer'), CM('inner'):
        raise KeyError('x')
except KeyError:
    print('caught after both exits')

def h():
    while True:
        with CM('w'):
            try:
                return 'from try'
            finally:
                print('finally inside with')
print(h())
class Weird:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Weird() as (p, q):
    print(p, q)
