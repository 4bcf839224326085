def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
try:
    g.send(5)
except TypeError as e:
    print('TypeError', e)
print(next(g), g.send('a'), g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    g.send(1)
except StopIteration as e:
    print('again StopIteration', e.value)
print(next(g, 'exhausted'))

def running():
    yield gen.gi_running
gen = running()
print(next(gen), gen.gi_running)

def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)

def stops():
    yield 1
    raise StopIteration('inside')
try:
    list(stops())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

def returns():
    return 'value'
    yield
try:
    next(returns())
except StopIteration as e:
    print('return value', e.value, e.args)

def closer():
    try:
        yield 1
    finally:
        print('finalising')
c = closer()
print(next(c))
print(c.close(), c.close())
def throw_type():
    try:
        yield
    except KeyError as e:
        print('got', repr(e))
        yield 'handled'
t = throw_type()
next(t)
print(t.throw(KeyError, 'k'))
t2 = throw_type()
next(t2)
print(t2.throw(KeyError('inst')))
try:
    t2.throw(KeyError('inst'), 'extra')
except TypeError as e:
    print('TypeError', e)
try:
    t2.throw(5)
except TypeError as e:
    print('TypeError', e)
