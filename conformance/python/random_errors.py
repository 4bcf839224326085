import random
r = random.Random(1)

def t(label, f):
    try:
        v = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(v))

t("getrandbits(-1)", lambda: r.getrandbits(-1))
t("getrandbits(1.5)", lambda: r.getrandbits(1.5))
t("getrandbits()", lambda: r.getrandbits())
t("gammavariate(-1, 1)", lambda: r.gammavariate(-1, 1))
t("gammavariate(1, 0)", lambda: r.gammavariate(1, 0))
t("expovariate(0)", lambda: r.expovariate(0))
t("paretovariate(0)", lambda: r.paretovariate(0))
t("weibullvariate(1, 0)", lambda: r.weibullvariate(1, 0))
t("uniform('a', 'b')", lambda: r.uniform('a', 'b'))
t("normalvariate('a')", lambda: r.normalvariate('a'))
t("lognormvariate(1000, 1)", lambda: r.lognormvariate(1000, 1))
t("Random(1, 2)", lambda: random.Random(1, 2))
t("random(1)", lambda: r.random(1))
t("randbytes(-1)", lambda: r.randbytes(-1))
t("seed([1])", lambda: r.seed([1]))
t("triangular(1, 1)", lambda: r.triangular(1, 1))
t("vonmisesvariate(0, 0)", lambda: r.vonmisesvariate(0, 0))
t("expovariate('x')", lambda: r.expovariate('x'))
t("uniform()", lambda: r.uniform())
t("gauss(1, 2, 3)", lambda: r.gauss(1, 2, 3))
t("sample()", lambda: r.sample())
print(r.random())
