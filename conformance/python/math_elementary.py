import math
xs = [0.0, 0.5, 1.0, 2.0, 3.7, 10.0, 100.5, -0.25, -2.5, 1e-10, 123456.789]
for name in ["sin", "cos", "tan", "atan", "sinh", "tanh", "asinh", "exp", "expm1", "exp2", "cbrt", "erf", "erfc", "fabs"]:
    f = getattr(math, name)
    print(name, [f(x) for x in xs])
for x in [0.1, 0.5, 1.0, 2.0, 10.0, 1e10, 1e-300, 7.25]:
    print(x, math.log(x), math.log2(x), math.log10(x), math.log1p(x), math.sqrt(x))
for x in [-1.0, -0.5, 0.0, 0.3, 0.99, 1.0]:
    print(x, math.asin(x), math.acos(x), math.atanh(x) if -1 < x < 1 else None)
print(math.acosh(1.0), math.acosh(2.5), math.cosh(3.0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
