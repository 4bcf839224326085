x = 1e+
_after_error = 1
