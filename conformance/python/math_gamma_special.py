import math
xs = [0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 10.0, 23.0, 24.0, 30.5, 100.0, 171.5, -0.5, -1.5, -2.5, -10.25, 1e-21, -1e-21, -190.5, -250.5]
print([math.gamma(x) for x in xs])
print([math.lgamma(x) for x in xs])
for f, x in [(math.gamma, 0), (math.gamma, -1), (math.gamma, -2.0), (math.gamma, 200), (math.gamma, -math.inf),
             (math.lgamma, 0), (math.lgamma, -2), (math.gamma, 172)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.nan))
print(math.erf(0.5), math.erfc(0.5), math.erf(-3), math.erfc(10), math.erf(math.inf))
