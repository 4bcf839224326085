for 1 in x:
    pass
_after_error = 1
