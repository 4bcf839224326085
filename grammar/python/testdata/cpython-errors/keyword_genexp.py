f(a=x for x in y)
_after_error = 1
