items = [1, 2
class A:
    pass
_after_error = 1
