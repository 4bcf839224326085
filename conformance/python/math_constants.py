import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), type(math.e).__name__)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.nan))
print(math.inf > 1e308, math.nan == math.nan)
from math import pi, sqrt
print(pi * 2 == math.tau, sqrt(16))
