def f(**k=1): pass
_after_error = 1
