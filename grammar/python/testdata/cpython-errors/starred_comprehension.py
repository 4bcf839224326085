x = [*a for a in b]
_after_error = 1
