assert
_after_error = 1
