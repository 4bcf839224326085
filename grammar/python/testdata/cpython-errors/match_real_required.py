match x:
    case 1j + 2j:
        pass
_after_error = 1
