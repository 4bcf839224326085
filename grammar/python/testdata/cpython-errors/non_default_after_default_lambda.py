f = lambda a=1, b: 0
_after_error = 1
