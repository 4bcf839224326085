x = "é\x1"
_after_error = 1
