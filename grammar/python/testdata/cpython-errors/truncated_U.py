x = "\U1234"
_after_error = 1
