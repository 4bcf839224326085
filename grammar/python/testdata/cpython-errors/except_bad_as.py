try:
    pass
except E as f():
    pass
_after_error = 1
