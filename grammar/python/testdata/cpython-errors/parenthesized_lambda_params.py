f = lambda (a, b): 0
_after_error = 1
