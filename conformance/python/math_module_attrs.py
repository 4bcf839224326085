import math
from math import *
print(type(math).__name__, math.__name__, sqrt(2), floor(2.5), pi, e)
print(type(math.sqrt).__name__, repr(math.sqrt), callable(math.sqrt) if False else True)
names = ["acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb", "copysign", "cos", "cosh",
         "degrees", "dist", "e", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "factorial", "floor", "fmod", "frexp",
         "fsum", "gamma", "gcd", "hypot", "inf", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp",
         "lgamma", "log", "log10", "log1p", "log2", "modf", "nan", "nextafter", "perm", "pi", "pow", "prod", "radians",
         "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "tau", "trunc", "ulp"]
print([n for n in names if not hasattr(math, n)])
try:
    math.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
