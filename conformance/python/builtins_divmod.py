for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3), (-2**70, 7), (True, 2), (7, True)]:
    print(a, b, divmod(a, b), (a // b, a % b) == divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7, 2.5), (-0.0, 1.0), (1.0, -0.0001), (1e308, 1e-308)]:
    print(a, b, divmod(a, b))

class N:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, other):
        return ("divmod", self.v, other)
    def __rdivmod__(self, other):
        return ("rdivmod", self.v, other)
print(divmod(N(1), 5), divmod(5, N(2)))

for a, b in [(1, 0), (1.0, 0), (1, 0.0), (2**80, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [("a", 1), (1, "a"), ([], 2), (None, None)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(e)
try:
    divmod(1)
except TypeError as e:
    print(e)
