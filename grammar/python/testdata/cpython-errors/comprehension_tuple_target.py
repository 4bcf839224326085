x = [a, b for a, b in c]
_after_error = 1
