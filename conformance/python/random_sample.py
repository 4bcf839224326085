import random
r = random.Random(11)
print(r.sample(range(100), 10), r.sample("abcdefghij", 4), r.sample(range(10**6), 5))
print(r.sample([1, 2, 3], 3), r.sample(range(30), 25), r.sample((1, 2), 0))
print(r.sample(["a", "b"], 2, counts=[3, 2]), r.sample(["x", "y", "z"], k=4, counts=[1, 2, 3]))
print(r.sample(range(10**9), 3), r.sample(range(22), 6), r.sample(range(85), 6), r.sample(range(86), 6))

def t(label, f):
    try:
        v = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(v))

t("sample(set)", lambda: r.sample({1, 2}, 1))
t("sample(dict)", lambda: r.sample({1: 2}, 1))
t("sample k big", lambda: r.sample([1, 2], 3))
t("sample k neg", lambda: r.sample([1, 2], -1))
t("sample k float", lambda: r.sample([1, 2], 1.5))
t("sample no k", lambda: r.sample([1, 2]))
t("sample counts len", lambda: r.sample([1, 2], 2, counts=[1]))
t("sample counts zero", lambda: r.sample([1, 2], 1, counts=[0, 0]))
t("sample counts float", lambda: r.sample([1, 2], 1, counts=[1.5, 1]))
t("sample counts pos", lambda: r.sample([1, 2], 1, [1, 1]))
print(r.random())
