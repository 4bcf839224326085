print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(123.456, -1), round(123.456, -2), round(-0.0, 1))
print(round(5), round(5, 2), round(15, -1), round(25, -1), round(-15, -1), round(12345, -2), round(2**70 + 5, -1))
print(round(True), round(True, 3), round(1.23456789, 5), round(1e300, -300), round(1e-300, 300), round(0.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__, round(1.5, None))
print(round(number=2.5), round(2.5, ndigits=1), round(1e20), round(-2**60 + 0.0))

class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))

class I:
    def __index__(self):
        return 1
print(round(2.25, I()))
tests = [
    lambda: round(),
    lambda: round("a"),
    lambda: round(1.5, "a"),
    lambda: round(1.5, 1.0),
    lambda: round(float("inf")),
    lambda: round(float("nan")),
    lambda: round(1, 2, 3),
    lambda: round(1e308, -308) * 0 + round(1.7976931348623157e308, -308),
    lambda: round([1]),
    lambda: round(float("inf"), 2),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
