f = lambda: return
_after_error = 1
