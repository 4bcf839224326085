x = b"\x1"
_after_error = 1
