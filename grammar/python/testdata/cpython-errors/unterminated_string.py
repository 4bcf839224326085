x = 1
y = "abc
z = 2
_after_error = 1
