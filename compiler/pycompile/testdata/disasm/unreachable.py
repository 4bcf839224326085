def after_return():
    return 1
    try:
        x = 1
    except ValueError:
        x = 2
    with open("f") as f:
        pass


def after_raise():
    raise KeyError
    try:
        pass
    finally:
        print("never")
