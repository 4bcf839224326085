with (a as b)
    pass
_after_error = 1
