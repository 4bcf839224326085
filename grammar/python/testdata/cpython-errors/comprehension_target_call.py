[x for f() in y]
_after_error = 1
