def check(x):
    return 10 // x

values = [1, 2, 0]
result = [(lambda v: check(v))(v) for v in values]
