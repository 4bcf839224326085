f = lambda *a=1: 0
_after_error = 1
