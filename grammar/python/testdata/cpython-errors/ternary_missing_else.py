x = a if b
_after_error = 1
