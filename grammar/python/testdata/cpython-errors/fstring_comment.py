x = f"{a#}"
_after_error = 1
