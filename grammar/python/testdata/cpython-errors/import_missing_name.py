from a import
_after_error = 1
