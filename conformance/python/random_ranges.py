import random
r = random.Random(2024)
print([r.randrange(10) for i in range(10)])
print([r.randrange(5, 100) for i in range(5)], [r.randrange(0, 100, 7) for i in range(5)])
print([r.randrange(100, 0, -3) for i in range(5)], r.randrange(2**70), r.randrange(-50, 50))
print([r.randint(1, 6) for i in range(12)], r.randint(-2**40, 2**40), r.randrange(1, 2**64 + 1))
print(r.randint(5, 5), r.randrange(True, 3), r.randrange(10**30, 10**30 + 10))

def t(label, f):
    try:
        v = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(v))

t("randrange(0)", lambda: r.randrange(0))
t("randrange(-3)", lambda: r.randrange(-3))
t("randrange(1.5)", lambda: r.randrange(1.5))
t("randrange('a')", lambda: r.randrange('a'))
t("randrange(5, 2)", lambda: r.randrange(5, 2))
t("randrange(1, 10, 0)", lambda: r.randrange(1, 10, 0))
t("randrange(10, 1, 2)", lambda: r.randrange(10, 1, 2))
t("randrange(3, step=2)", lambda: r.randrange(3, step=2))
t("randrange(1, 2.5)", lambda: r.randrange(1, 2.5))
t("randrange(1, 5, 1.5)", lambda: r.randrange(1, 5, 1.5))
t("randrange()", lambda: r.randrange())
t("randrange(1, 2, 3, 4)", lambda: r.randrange(1, 2, 3, 4))
t("randint(1)", lambda: r.randint(1))
t("randint()", lambda: r.randint())
t("randint(5, 1)", lambda: r.randint(5, 1))
t("randint(1, 2, c=3)", lambda: r.randint(1, 2, c=3))
t("randint(1, a=3)", lambda: r.randint(1, a=3))
print(r.random())
