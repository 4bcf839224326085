x = 1
y = (f"{a}"
     f"{b c}")
_after_error = 1
