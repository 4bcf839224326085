def f(**k, a): pass
_after_error = 1
