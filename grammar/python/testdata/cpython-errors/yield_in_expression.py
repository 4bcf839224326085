x = 1 + yield
_after_error = 1
