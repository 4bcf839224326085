match x:
    case 1
        pass
_after_error = 1
