x = [foo(a]
_after_error = 1
