x = 'abc
_after_error = 1
