x = (**a)
_after_error = 1
