if x
    pass
_after_error = 1
