1 = x
_after_error = 1
