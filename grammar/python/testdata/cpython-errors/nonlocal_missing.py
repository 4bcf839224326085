def f():
    nonlocal
_after_error = 1
