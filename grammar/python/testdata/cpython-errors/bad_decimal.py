x = 1abc
_after_error = 1
