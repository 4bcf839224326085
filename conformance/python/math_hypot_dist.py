import math
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.hypot(*range(20)), math.hypot(0.1, 0.2, 0.3))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((), ()))
print(math.dist((1.5,), (-2.5,)), math.dist(range(5), range(5, 10)))
for x, y in [(1.0, 1.0), (1.0, 1.0000000001), (1e-10, 0.0), (math.inf, math.inf), (math.inf, -math.inf), (math.nan, math.nan)]:
    print(x, y, math.isclose(x, y), math.isclose(x, y, abs_tol=1e-9), math.isclose(x, y, rel_tol=0.5))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(1, 1), math.nextafter(-0.0, 1))
print(math.ulp(1), math.ulp(-1), math.ulp(0), math.ulp(1e308), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
