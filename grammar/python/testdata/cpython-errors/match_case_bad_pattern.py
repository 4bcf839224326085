match x:
    case 1 + 2:
        pass
_after_error = 1
