vals = [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456, 1e16, 1.23456789e-5, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 5), round(v, 400), round(v, -400))
print(round(-0.0), round(-0.0, 1), round(0.1, 2**70), round(0.1, -2**70), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(round(1e300), round(-1e20, -5))
for bad in [float("inf"), float("-inf"), float("nan")]:
    print(round(bad, 2), end=" ")
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
