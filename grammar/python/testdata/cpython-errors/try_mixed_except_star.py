try:
    pass
except E:
    pass
except* F:
    pass
_after_error = 1
