x = 1
y = f"{a!z}"
_after_error = 1
