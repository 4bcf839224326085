class A
    pass
_after_error = 1
