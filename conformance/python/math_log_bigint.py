import math
print(math.log(8, 2), math.log(100, 10), math.log(2**1000, 2), math.log(10**500))
print(math.log10(10**500), math.log2(2**2000), math.log2(3**1000), math.log(2**1023 * 3))
print(math.log(10**400, 10**200), math.log(1), math.log(True), math.log(7, 7.0))
print(math.log10(1000), math.log2(1024), math.log2(0.125), math.log10(1e-300))
for v in [0, -5, -(10**400)]:
    try:
        math.log(v)
    except ValueError as e:
        print(v if v > -100 else "-big", e)
try:
    math.log(10**400, 0)
except ValueError as e:
    print(e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
