f = lambda *: 0
_after_error = 1
