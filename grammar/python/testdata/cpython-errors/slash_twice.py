def f(a, /, b, /): pass
_after_error = 1
