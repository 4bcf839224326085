for x y:
    pass
_after_error = 1
