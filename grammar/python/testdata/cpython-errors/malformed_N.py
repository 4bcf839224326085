x = "\N"
_after_error = 1
