def g():
    try:
        yield 1
        yield 2
    finally:
        print('g finally')

it = g()
print(next(it))
it.close()
print('closed')
it.close()
print(list(it))

def g2():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise

it = g2()
next(it)
it.close()

def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 'bad'

it = g3()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def g4():
    try:
        yield 1
    finally:
        return 'ret'

it = g4()
next(it)
print(it.close())

unstarted = g()
unstarted.close()
print('unstarted closed without finally')
