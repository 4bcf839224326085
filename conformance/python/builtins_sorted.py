print(sorted([3, 1, 2]), sorted("banana"), sorted((3.5, -1, 2)), sorted({3: 0, 1: 0}), sorted(set([5, 4])))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([], reverse=True), sorted(x * 7 % 11 for x in range(10)))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(["B", "a", "C"], key=lambda s: s > "Z"), sorted([-3, 2, -1], key=abs), sorted([1, 1.0, True]))
words = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"]
print(sorted(words), sorted(words, key=lambda w: (len(w), w)))
l = [5, 1]
s = sorted(l)
print(s, l, s is l)
print(sorted([3, 2, 1], key=None, reverse=1), sorted([1, 2, 3], reverse=0))
print(sorted(range(100, 0, -7)))
print(sorted([0.5, float("inf"), -float("inf"), 0]))
tests = [
    lambda: sorted(),
    lambda: sorted([1], None),
    lambda: sorted(1),
    lambda: sorted([1, "a"]),
    lambda: sorted([1], foo=1),
    lambda: sorted([1], reverse=None),
    lambda: sorted([1], reverse=1.0),
    lambda: sorted([1, 2], key=5),
    lambda: sorted(key=len),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
