for n in [15, 25, -15, -25, 150, 1234, -1234, 5, 2**70 + 50, 0]:
    print(n, round(n), round(n, 0), round(n, -1), round(n, -2), round(n, 2), round(n, -30))
print(round(True, -1), round(5, True), type(round(5, -1)).__name__, (15).__round__(-1), (15).__round__())
try:
    round(5, "x")
except TypeError as e:
    print(e)
try:
    (5).__round__(1.5)
except TypeError as e:
    print(e)
