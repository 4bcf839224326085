x = 1jk
_after_error = 1
