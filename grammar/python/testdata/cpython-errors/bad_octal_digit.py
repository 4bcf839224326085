x = 0o8
_after_error = 1
