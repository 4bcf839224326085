[a]: int
_after_error = 1
