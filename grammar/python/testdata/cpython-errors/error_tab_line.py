if x:
	y = (1 2)
_after_error = 1
