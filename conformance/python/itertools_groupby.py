from itertools import groupby

for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 1], key=lambda x: x > 2)])
print([(k, list(g)) for k, g in groupby([])])

# Groups share the underlying iterator: advancing the groupby ends the
# previous group.
gb = groupby("aabbbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))

gb = groupby("aabbbc")
k1, g1 = next(gb)
print(next(g1))
k2, g2 = next(gb)
print(list(g1), list(g2))

groups = []
keys = []
for k, g in groupby(sorted_words := ["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0]):
    groups += [list(g)]
    keys += [k]
print(keys, groups)

saved = [g for k, g in groupby("xxyyz")]
print([list(g) for g in saved])

data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
for key, grp in groupby(data, lambda p: p[0]):
    total = 0
    for _, v in grp:
        total += v
    print(key, total)

gb = groupby([1, 1, 2])
k, g = next(gb)
print(k, next(g), next(g))
try:
    next(g)
except StopIteration:
    print("group done")
print(next(gb)[0])
try:
    next(gb)
except StopIteration:
    print("groupby done")
print(type(groupby("")).__name__, type(next(groupby("a"))[1]).__name__)
try:
    groupby()
except TypeError as e:
    print(type(e).__name__, e)
