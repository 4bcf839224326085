x = 1 € 2
_after_error = 1
