True = 1
_after_error = 1
