[x for x in y] = 1
_after_error = 1
