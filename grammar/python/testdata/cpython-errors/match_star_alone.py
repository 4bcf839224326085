match x:
    case *a:
        pass
_after_error = 1
