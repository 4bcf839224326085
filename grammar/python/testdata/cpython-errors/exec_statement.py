exec "code"
_after_error = 1
