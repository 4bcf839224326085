f(1, x for x in y)
_after_error = 1
