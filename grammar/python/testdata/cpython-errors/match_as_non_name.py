match x:
    case 1 as a.b:
        pass
_after_error = 1
