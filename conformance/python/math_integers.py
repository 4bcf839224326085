import math

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, math.factorial(n))
t("factorial(-1)", lambda: math.factorial(-1))
t("factorial(1.5)", lambda: math.factorial(1.5))
t("factorial(5.0)", lambda: math.factorial(5.0))
t("factorial(10**30)", lambda: math.factorial(10**30))
t("factorial('a')", lambda: math.factorial('a'))
t("factorial(True)", lambda: math.factorial(True))
print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)])
print(math.comb(100, 50), math.perm(30, 10), math.perm(7), math.perm(7, None))
print(math.comb(10**20, 3), math.perm(10**20, 2))
t("comb(-1, 2)", lambda: math.comb(-1, 2))
t("comb(5, -1)", lambda: math.comb(5, -1))
t("comb(5.0, 2)", lambda: math.comb(5.0, 2))
t("perm(-1)", lambda: math.perm(-1))
t("perm(5, -2)", lambda: math.perm(5, -2))
t("comb(10**20, 10**19)", lambda: math.comb(10**20, 10**19))
t("perm(10**20, 10**19)", lambda: math.perm(10**20, 10**19))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52 + 1, 10**40 + 1, 2**64 - 1, 2**64]:
    print(n, math.isqrt(n))
t("isqrt(-1)", lambda: math.isqrt(-1))
t("isqrt(2.0)", lambda: math.isqrt(2.0))
t("isqrt('a')", lambda: math.isqrt('a'))
print(math.gcd(), math.gcd(-4), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(-12, 0))
print(math.gcd(2**100, 6**50), math.gcd(3**40, 9**30, 27), math.gcd(True, 4))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(5, 0, 3))
print(math.lcm(2**70, 3**20))
t("gcd(2.5)", lambda: math.gcd(2.5))
t("gcd(2, 1.0)", lambda: math.gcd(2, 1.0))
t("lcm('a')", lambda: math.lcm('a'))
