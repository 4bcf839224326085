def f(*, **k): pass
_after_error = 1
