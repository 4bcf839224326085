x = f"{a\n}"
_after_error = 1
