a if b else c = 1
_after_error = 1
