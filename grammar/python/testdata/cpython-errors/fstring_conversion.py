x = f"{a!x}"
_after_error = 1
