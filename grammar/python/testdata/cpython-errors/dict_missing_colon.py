x = {"a": 1, "b"}
_after_error = 1
