import random
r = random.Random(5)
print(r.choices("abc"), r.choices("abc", k=5), r.choices([1, 2, 3], [1, 2, 3], k=4))
print(r.choices([1, 2, 3], cum_weights=[0.5, 0.7, 3], k=3), r.choices(range(5), [0.1, 0, 5, 2, 1], k=6))
print(r.choices("ab", [1, 0], k=4), r.choices(["x"], k=0), r.choices(["x"], k=-2), r.choices("xy", weights=[True, True], k=3))

def t(label, f):
    try:
        v = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(v))

t("weights len", lambda: r.choices([1, 2], [1]))
t("both", lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]))
t("k positional", lambda: r.choices([1, 2], 3))
t("zero total", lambda: r.choices([1, 2], [0, 0]))
t("inf total", lambda: r.choices([1, 2], [1, float("inf")]))
t("empty", lambda: r.choices([], k=2))
t("empty weights", lambda: r.choices([], [], k=2))
t("k float", lambda: r.choices([1], k=1.5))
t("weights str", lambda: r.choices([1, 2], ["a", "b"]))
t("population int", lambda: r.choices(5))
print(r.random())
