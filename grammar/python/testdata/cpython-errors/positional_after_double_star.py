f(**k, b)
_after_error = 1
