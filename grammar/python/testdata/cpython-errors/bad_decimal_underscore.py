x = 1__000
_after_error = 1
