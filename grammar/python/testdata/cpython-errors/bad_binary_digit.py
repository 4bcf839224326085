x = 0b102
_after_error = 1
