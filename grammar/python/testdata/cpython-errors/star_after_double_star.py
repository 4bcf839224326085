f(**k, *a)
_after_error = 1
