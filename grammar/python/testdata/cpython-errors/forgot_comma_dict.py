x = {"a": 1 "b": 2}
_after_error = 1
