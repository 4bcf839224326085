x = b"a" "b"
_after_error = 1
