def f():
    d = {"a": 1
    return d
_after_error = 1
