x = 0xgg
_after_error = 1
