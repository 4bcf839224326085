x = f"a}b"
_after_error = 1
