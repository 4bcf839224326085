match x:
    case C(a=1, b):
        pass
_after_error = 1
