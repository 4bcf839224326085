try:
    pass
except:
x = 1
_after_error = 1
