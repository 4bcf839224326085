if x:
    pass
elif y:
x = 1
_after_error = 1
