x = f"{a:{b:{c}}}"
_after_error = 1
