e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError as err:
    print('NameError', err)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print('UnboundLocalError', err)
    return type(saved).__name__
print(f())

def g():
    err = None
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as err2:
            err = err2
    return repr(err)
print(g())
try:
    try:
        raise TypeError('inner')
    except TypeError as e2:
        raise ValueError('outer')
except ValueError as e3:
    print(repr(e3.__context__))
