def t(x):
    print("t", x)
    return x
print(t(0) or t(2) or t(3))
print(t(1) and t(0) and t(3))
print(not 0, not [], not [0], not "", not "a")
print(0 or "", [] or None, 1 and "yes", None and 1)
x = t([]) or t({}) or t("fallback")
print(x)
print(True if [] else False, "a" if 0 else "b" if 1 else "c")
