print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False))
print(abs(-2**63), abs(-2**100), abs(2**100))
print(abs(float('-inf')), abs(float('nan')))

class V:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return V(abs(self.x) * 10)
    def __repr__(self):
        return "V(%r)" % self.x

print(abs(V(-3)))
for bad in ["a", [1], None, (1,)]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(e)
try:
    abs(1, 2)
except TypeError as e:
    print(e)
try:
    abs(x=1)
except TypeError as e:
    print(e)
