def show(e):
    c = e.__cause__
    x = e.__context__
    print(type(e).__name__, e, '| cause:', type(c).__name__ if c else None,
          '| context:', type(x).__name__ if x else None, '| suppress:', e.__suppress_context__)

try:
    try:
        raise KeyError('a')
    except KeyError as e:
        raise ValueError('b') from e
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b') from None
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b')
except ValueError as e:
    show(e)

try:
    raise ValueError('x') from TypeError('y')
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    finally:
        pass
except ZeroDivisionError as e:
    show(e)

try:
    try:
        raise KeyError(1)
    except KeyError as e:
        e2 = RuntimeError('r')
        e2.__cause__ = e
        raise e2
except RuntimeError as e:
    show(e)

e = ValueError('q')
e.__cause__ = None
print(e.__suppress_context__)
try:
    raise ValueError from KeyError
except ValueError as e:
    show(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
