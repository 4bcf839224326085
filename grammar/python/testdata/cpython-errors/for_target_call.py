for f() in x:
    pass
_after_error = 1
