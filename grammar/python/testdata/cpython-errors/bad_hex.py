x = 0x
_after_error = 1
