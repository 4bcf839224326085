x = a.class
_after_error = 1
