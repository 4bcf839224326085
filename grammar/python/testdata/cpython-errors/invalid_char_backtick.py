x = `y`
_after_error = 1
