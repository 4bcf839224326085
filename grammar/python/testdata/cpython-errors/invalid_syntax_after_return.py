def f():
    return 1 2
_after_error = 1
