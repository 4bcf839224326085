import math

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.999, -2.999, 1e300, -1e20, 7, -7, True, 2**70]:
    r = (math.floor(x), math.ceil(x), math.trunc(x))
    print(x, r, [type(v).__name__ for v in r])
t("floor(inf)", lambda: math.floor(math.inf))
t("floor(nan)", lambda: math.floor(math.nan))
t("ceil(-inf)", lambda: math.ceil(-math.inf))
t("trunc(inf)", lambda: math.trunc(math.inf))
t("floor('a')", lambda: math.floor('a'))

class F:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return 42

class G:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.floor(G()), math.ceil(G()), math.sqrt(G()))
print(math.floor(I()), math.sqrt(I()), math.factorial(I()), math.gcd(I(), 14))
t("trunc(G())", lambda: math.trunc(G()))
print(math.modf(3.25), math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf))
print(math.frexp(8), math.frexp(0.0), math.frexp(-0.75), math.frexp(1e-310), math.frexp(math.inf))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(math.inf, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, math.inf))
