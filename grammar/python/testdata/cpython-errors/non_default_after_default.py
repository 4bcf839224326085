def f(a=1, b): pass
_after_error = 1
