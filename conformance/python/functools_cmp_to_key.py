from functools import cmp_to_key


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)


K = cmp_to_key(by_len_then_alpha)
print(K("bb") < K("a"), K("a") < K("bb"), K("ab") == K("ab"), K("ab") <= K("ac"), K("b") > K("a"), K("b") >= K("b"))
words = ["pear", "fig", "apple", "kiwi", "date"]
keyed = [K(w) for w in words]
# insertion sort with the key objects
out = []
for k in keyed:
    i = 0
    while i < len(out) and out[i] < k:
        i += 1
    out[i:i] = [k]
print([k.obj for k in out])
print(type(K).__name__, type(K("x")).__name__, K("x").obj)
try:
    K("a") < "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    {K("a"): 1}
except TypeError as e:
    print(type(e).__name__, e)


def bad(a, b):
    return "x"


try:
    cmp_to_key(bad)(1) < cmp_to_key(bad)(2)
except TypeError as e:
    print(type(e).__name__, e)
