match x:
    case {a: 1}:
        pass
_after_error = 1
