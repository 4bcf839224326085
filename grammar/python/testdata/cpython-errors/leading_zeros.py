x = 0777
_after_error = 1
