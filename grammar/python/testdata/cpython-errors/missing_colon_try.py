try
    pass
except:
    pass
_after_error = 1
