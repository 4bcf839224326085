print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(lambda c: "0" <= c <= "9", "a1b2c3")))
print(list(filter(bool, [0, 2, 0.0, 3])))
f = filter(None, [1, 0, 2])
print(type(f), type(f).__name__, next(f), iter(f) is f, list(f), list(f))

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(len(list(filter(None, [Truthy(True), Truthy(False), Truthy(True)]))))
def boom(x):
    if x == 3:
        raise ValueError("boom at %d" % x)
    return True
g = filter(boom, range(5))
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
for args in [(), (None,), (None, 1), (None, [], [])]:
    try:
        filter(*args)
    except TypeError as e:
        print(e)
try:
    filter(None, [], x=1)
except TypeError as e:
    print(e)
