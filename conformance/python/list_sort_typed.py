# Long lists whose keys are all ints or all strs: the order, the stability
# and reverse=True are those of timsort.
seed = 11


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed


ints = [rand() % 50 - 25 for _ in range(300)]
print(sorted(ints))
print(sorted(ints, reverse=True))
tagged = [(rand() % 7, i) for i in range(200)]
print(sorted(tagged, key=lambda p: p[0]))
print(sorted(tagged, key=lambda p: p[0], reverse=True))
edges = [2**63 - 1, -(2**63), 0, -1, 1, 2**62, -(2**62), 255, 256, -256, 65536] * 10
print(sorted(edges)[::9])
print(sorted(edges, reverse=True)[::9])
objs = [[i % 5, i] for i in range(100)]
objs.sort(key=lambda o: -o[0])
print(objs)
words = ["b%d" % (rand() % 40) for _ in range(150)] + ["é", "e", "Z", "", "ÿ", "ā", "\U0001f600", "a\x00"]
print(sorted(words))
print(sorted(words, reverse=True))
by_len = sorted(words, key=len)
print(by_len)
named = [("k%d" % (i % 9), i) for i in range(120)]
print(sorted(named, key=lambda p: p[0]))
mixed = [3, True, 2, False] * 20
print(sorted(mixed))
big = [10**20 - i for i in range(70)] + list(range(70))
print(sorted(big)[:3], sorted(big)[-3:])
nested = [rand() % 5 for _ in range(100)]
lst = list(nested)
lst.sort(key=lambda v: v * 2)
print(lst == sorted(nested), lst[:10])


def modifying_key(v):
    lst2.append(v)
    return v


lst2 = list(range(100, 0, -1))
try:
    lst2.sort(key=modifying_key)
except ValueError as e:
    print(type(e).__name__, e)
