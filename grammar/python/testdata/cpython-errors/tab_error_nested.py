if x:
	if y:
		pass
        z = 1
_after_error = 1
