x = "\u12"
_after_error = 1
