match x:
    case {**r, "a": 1}:
        pass
_after_error = 1
