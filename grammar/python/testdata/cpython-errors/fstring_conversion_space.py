x = f"{a!r }"
_after_error = 1
