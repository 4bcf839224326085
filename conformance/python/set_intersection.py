a = set(range(10))
print(a.intersection([2, 4, 20]), a.intersection(range(5), [3, 4, 5]), a.intersection(), a.intersection(a) == a)
print(list(set(range(20)).intersection(range(5, 50, 3))), list(set(range(64)) & set(range(0, 200, 16))))
print(a & set([1, 100]), set([1, 100]) & a, frozenset([1, 2]) & set([2]), type(frozenset([1]) & set([1])).__name__)
b = set(range(10))
b.intersection_update([1, 2, 3, 40], range(2, 9))
print(b)
b &= set([3, 7])
print(b)
c = set([1, 2])
c.intersection_update()
print(c)
d = set(range(100))
d.intersection_update(range(0, 100, 10))
print(list(d))
tests = [
    lambda: a.intersection(1),
    lambda: a.intersection([[]]),
    lambda: a & [1],
    lambda: frozenset().intersection_update([1]),
]
for t in tests:
    try:
        print(t())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
