with a as f():
    pass
_after_error = 1
