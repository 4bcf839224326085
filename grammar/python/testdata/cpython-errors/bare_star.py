def f(*): pass
_after_error = 1
