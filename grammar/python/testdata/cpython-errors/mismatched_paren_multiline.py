x = foo(a,
        b]
_after_error = 1
