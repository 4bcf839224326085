match x:
    case a + b:
        pass
_after_error = 1
