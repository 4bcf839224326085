x = foo(a,
        b
def g():
    return 1
_after_error = 1
