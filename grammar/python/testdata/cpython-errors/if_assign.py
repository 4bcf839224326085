if x = 1:
    pass
_after_error = 1
