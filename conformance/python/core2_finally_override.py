def f1():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(f1())

def f2():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return 'loop done', i
print(f2())

def f3():
    try:
        return 'try'
    finally:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
print(f3())

def f4():
    try:
        try:
            raise ValueError('a')
        finally:
            print('inner finally sees exception')
    except ValueError as e:
        return 'caught ' + str(e)
print(f4())

def f5():
    x = []
    while True:
        try:
            x.append(1)
            if len(x) > 2:
                return x
        finally:
            x.append('f')
print(f5())

def f6():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'except'
    finally:
        print('f6 finally')
print(f6())

def f7():
    try:
        pass
    finally:
        pass
    return 'plain'
print(f7())

def gen():
    try:
        yield 1
        return 'gen return'
    finally:
        print('gen finally')
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)

def f8():
    try:
        raise ValueError('original')
    except ValueError:
        try:
            raise KeyError('nested')
        finally:
            return 'swallowed both'
print(f8())
def f9():
    for x in range(3):
        try:
            continue
        finally:
            print('continue finally', x)
print(f9())
