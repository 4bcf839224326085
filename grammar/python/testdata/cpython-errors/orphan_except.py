except E:
    pass
_after_error = 1
