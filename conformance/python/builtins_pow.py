print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0), pow(0, 0), pow(2.0, 3), pow(4, 0.5), pow(2, 100))
print(pow(-8, 1/3) if False else pow(8, 1/3), pow(10, -2), pow(True, 2), pow(2, True), pow(1.5, 2))
print(pow(base=3, exp=4), pow(3, exp=2), 2 ** 3 ** 2, (-2) ** 2, -2 ** 2)

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(pow(P(), 2), pow(2, P()), P() ** 3, 3 ** P(), pow(P(), 2, 5))
tests = [
    lambda: pow(0, -1),
    lambda: pow(0.0, -1),
    lambda: pow(0.0, -2.5),
    lambda: pow(2),
    lambda: pow(2, "a"),
    lambda: pow("a", 2),
    lambda: pow(2, 3, 4, 5),
    lambda: pow(),
    lambda: pow(10.0, 400),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
