def f(a=): pass
_after_error = 1
