f = lambda x x
_after_error = 1
