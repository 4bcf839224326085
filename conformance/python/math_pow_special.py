import math
cases = [(2, 10), (2, 0.5), (2, -1), (-2, 3), (-2, 2), (0, 0), (0.0, 5), (-0.0, 3), (1, math.inf), (1, math.nan),
         (math.nan, 0), (math.inf, 2), (math.inf, -2), (-math.inf, 3), (-math.inf, 2), (-math.inf, -3),
         (0.5, math.inf), (2, math.inf), (0.5, -math.inf), (2, -math.inf), (-1, math.inf), (1.0000001, 1e10), (10, -400)]
for x, y in cases:
    print(x, y, math.pow(x, y))
for x, y in [(0, -1), (-8, 1/3), (10, 400), (0.0, -math.inf)]:
    try:
        print(math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(math.inf, math.inf), math.atan2(-math.inf, -math.inf), math.atan2(math.inf, 5), math.atan2(5, -math.inf), math.atan2(math.nan, 1))
