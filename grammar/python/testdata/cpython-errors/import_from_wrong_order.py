import a from b
_after_error = 1
