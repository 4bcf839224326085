x = a ? b
_after_error = 1
