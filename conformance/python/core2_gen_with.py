class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return t is KeyError

def g():
    with CM('a') as a:
        yield a
        raise KeyError('suppressed')
    print('after with')
    with CM('b'):
        yield 'b'
        raise ValueError('escapes')

it = g()
print(next(it))
print(next(it))
try:
    next(it)
except ValueError as e:
    print('caught', e)

def g2():
    with CM('c'):
        yield 1
        yield 2

it = g2()
next(it)
it.close()
print('closed')
it = g2()
next(it)
try:
    it.throw(KeyError('x'))
except StopIteration:
    print('stop after suppressed throw')
