def g():
    for i in range(3):
        try:
            yield i
        finally:
            print('finally', i)

it = g()
for x in it:
    print('x', x)
    if x == 1:
        break
print('after break')
it.close()
print('after close')

def g2():
    try:
        yield 'a'
        raise ValueError('inside')
    except ValueError as e:
        yield 'handled %s' % e
    finally:
        yield 'finally'

print(list(g2()))

def g3():
    try:
        yield 1
    except Exception:
        yield 'exc'
    else:
        yield 'else'

print(list(g3()))
it = g3()
next(it)
print(it.throw(ValueError))
