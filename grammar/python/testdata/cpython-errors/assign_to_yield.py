def g():
    (yield) = 1
_after_error = 1
