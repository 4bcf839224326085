def outer():
    def inner():
        return 1 +
    return inner
_after_error = 1
