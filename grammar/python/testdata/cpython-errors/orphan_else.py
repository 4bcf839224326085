else:
    pass
_after_error = 1
