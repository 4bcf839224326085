match x:
    y = 1
_after_error = 1
