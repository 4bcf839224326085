x = 1
y = (1 2)
_after_error = 1
