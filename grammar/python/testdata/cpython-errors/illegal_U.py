x = "\U00110000"
_after_error = 1
