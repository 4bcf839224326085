print(pow(2, 10, 1000), pow(3, 4, 5), pow(2, 100, 97), pow(7, 0, 13), pow(5, 3, 1), pow(5, 3, -1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7), pow(2**100, 2**50, 10**9 + 7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(38, -1, 97), pow(10**20, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7))
print(pow(True, 5, 3), pow(2, 3, True), pow(base=2, exp=5, mod=7))
tests = [
    lambda: pow(2, 3, 0),
    lambda: pow(2.0, 3, 5),
    lambda: pow(2, 3.0, 5),
    lambda: pow(2, 3, 5.0),
    lambda: pow(2, -1, 4),
    lambda: pow(0, -1, 5),
    lambda: pow("a", 3, 5),
    lambda: pow(2, 3, "5"),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
