x = 1.5abc
_after_error = 1
