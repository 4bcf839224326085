if (True := x):
    pass
