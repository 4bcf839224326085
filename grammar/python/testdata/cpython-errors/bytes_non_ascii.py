x = b"é"
_after_error = 1
