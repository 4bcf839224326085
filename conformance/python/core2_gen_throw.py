def g():
    while True:
        try:
            x = yield
            print('got', x)
        except ValueError as e:
            print('caught', e)
            yield 'recovered'

it = g()
next(it)
it.send(1)
print(it.throw(ValueError('bad')))
next(it)
it.send(2)
try:
    it.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
try:
    next(it)
except StopIteration:
    print('stopped')

def g2():
    try:
        yield 1
    finally:
        print('cleanup g2')

it = g2()
next(it)
try:
    it.throw(TypeError, TypeError('typed'))
except TypeError as e:
    print('type', e)

it = g2()
try:
    it.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('unstarted', e)

def g3():
    yield 1
it = g3()
next(it)
try:
    it.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)
