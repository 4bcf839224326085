x = f"abc {y}

_after_error = 1
