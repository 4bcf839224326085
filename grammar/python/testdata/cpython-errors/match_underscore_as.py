match x:
    case 1 as _:
        pass
_after_error = 1
