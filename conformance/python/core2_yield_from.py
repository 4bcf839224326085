def inner():
    x = yield 1
    print('inner got', x)
    y = yield 2
    print('inner got', y)
    return 'inner result'

def outer():
    r = yield from inner()
    print('outer got', r)
    yield 3

it = outer()
print(next(it))
print(it.send('a'))
print(it.send('b'))

def deleg():
    yield from range(3)
    yield from [10, 20]
    yield from 'ab'
print(list(deleg()))

def thrower():
    try:
        yield 1
    except ValueError:
        yield 'inner caught'

def wrap():
    yield from thrower()

it = wrap()
next(it)
print(it.throw(ValueError))

def closer():
    try:
        yield 1
    finally:
        print('inner finally')
def wrap2():
    try:
        yield from closer()
    finally:
        print('outer finally')
it = wrap2()
next(it)
it.close()

def ret_only():
    return 5
    yield
def w3():
    v = yield from ret_only()
    yield v
print(list(w3()))
