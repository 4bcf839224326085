x = 1_
_after_error = 1
