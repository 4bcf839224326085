def inner_returns():
    try:
        yield 1
    except KeyError:
        return 'inner returned'

def outer1():
    r = yield from inner_returns()
    print('result', r)
    yield 'after'

it = outer1()
print(next(it))
print(it.throw(KeyError('k')))

def inner_raises():
    yield 1

def outer2():
    try:
        yield from inner_raises()
    except ValueError as e:
        print('outer caught', e)
        yield 'outer recovered'

it = outer2()
next(it)
print(it.throw(ValueError('v')))

class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return 'next'
    def throw(self, exc):
        print('Thrower.throw', type(exc).__name__)
        return 'thrown value'
    def close(self):
        print('Thrower.close')

def outer3():
    yield from Thrower()

it = outer3()
print(next(it))
print(it.throw(IndexError('i')))
it.close()

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 'n'

def outer4():
    try:
        yield from NoThrow()
    except IndexError:
        yield 'outer handled'
it = outer4()
next(it)
print(it.throw(IndexError))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'

def outer5():
    yield from stubborn()

it = outer5()
next(it)
try:
    it.close()
except RuntimeError as e:
    print('RuntimeError', e)

def level3():
    try:
        yield 'l3'
    finally:
        print('l3 finally')
def level2():
    try:
        yield from level3()
    finally:
        print('l2 finally')
def level1():
    try:
        yield from level2()
    finally:
        print('l1 finally')
it = level1()
print(next(it))
try:
    it.throw(TypeError('deep'))
except TypeError as e:
    print('propagated', e)
print(list(it))

def level1b():
    yield from level2()
it = level1b()
next(it)
it.close()
print('closed nested')

def val():
    yield from inner_raises()
it = val()
next(it)
it.throw(OSError('through yield from'))
