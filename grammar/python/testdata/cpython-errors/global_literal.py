def f():
    global 1
_after_error = 1
