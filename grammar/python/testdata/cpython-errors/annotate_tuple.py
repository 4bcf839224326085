a, b: int
_after_error = 1
