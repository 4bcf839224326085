from a import b,
_after_error = 1
