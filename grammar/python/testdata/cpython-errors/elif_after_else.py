if x:
    pass
else:
    pass
elif y:
    pass
_after_error = 1
