def f():
    return +
_after_error = 1
