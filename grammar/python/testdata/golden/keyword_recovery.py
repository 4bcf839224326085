values = compute(a,
                 b
def helper():
    return [1, 2
class Model:
    name = "m"
