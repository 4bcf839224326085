f(**)
_after_error = 1
