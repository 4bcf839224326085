try:
    pass
except A, B:
    pass
_after_error = 1
