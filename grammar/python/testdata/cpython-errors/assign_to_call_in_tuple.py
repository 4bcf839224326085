(a, f()) = 1
_after_error = 1
