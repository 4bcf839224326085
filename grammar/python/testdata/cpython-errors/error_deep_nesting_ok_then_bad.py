x = ((((1)))) + ((2)) 3
_after_error = 1
