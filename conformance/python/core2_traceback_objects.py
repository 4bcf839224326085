def inner():
    return 1 / 0

def outer():
    return inner()

try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(type(e.__traceback__).__name__, lines)
    e.__traceback__ = None
    print(e.__traceback__)
    saved = e

try:
    raise ValueError('fresh')
except ValueError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
    e2 = KeyError('moved').with_traceback(e.__traceback__)
    print(e2.__traceback__.tb_lineno)
try:
    saved.__traceback__ = 5
except TypeError as e:
    print('TypeError', e)
print(ValueError().__traceback__)

def reraise_without_tb():
    try:
        outer()
    except ZeroDivisionError as e:
        raise e.with_traceback(None)

reraise_without_tb()
