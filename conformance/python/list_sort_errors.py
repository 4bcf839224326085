class Noisy:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("cmp", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "N%d" % self.v
l = [Noisy(3), Noisy(1), Noisy(2), Noisy(5), Noisy(4)]
l.sort()
print(l)

l = [1, "a", 2]
try:
    l.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(l)
l = [3, 2, None]
try:
    l.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(l)

def key(x):
    if x == 3:
        raise ValueError("bad key %d" % x)
    return -x
l = [1, 2, 3, 4]
try:
    l.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(l)

class Boom:
    def __lt__(self, other):
        raise RuntimeError("no compare")
try:
    sorted([Boom(), Boom()])
except RuntimeError as e:
    print(type(e).__name__, e)

l = [3, 1, 2]
def sneaky(x):
    l.append(x)
    return x
try:
    l.sort(key=sneaky)
except ValueError as e:
    print(type(e).__name__, e)
print(l)
l = [3, 1, 2]
def peek(x):
    print("during sort:", l, len(l))
    return x
l.sort(key=peek)
print(l)
for args, kw in [((1,), {}), ((), {"reverse": "x"}), ((), {"cmp": 1}), ((), {"key": 1})]:
    try:
        [2, 1].sort(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
