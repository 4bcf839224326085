a = set([1, 2, 3])
print(a.symmetric_difference([3, 4]), a ^ set([1, 5]), a.symmetric_difference(a), a.symmetric_difference({2: 0, 9: 0}))
print(list(set(range(10)).symmetric_difference(range(5, 15))), list(set(range(0, 40, 8)) ^ set(range(0, 40, 5))))
b = set([1, 2, 3])
b.symmetric_difference_update([3, 4, 4])
print(b)
b ^= set([1, 10])
print(b)
b.symmetric_difference_update(b)
print(b)
print(frozenset([1]) ^ set([2]), type(frozenset([1]) ^ set([2])).__name__)
tests = [
    lambda: a.symmetric_difference(),
    lambda: a.symmetric_difference([1], [2]),
    lambda: a.symmetric_difference(1),
    lambda: a ^ [1],
    lambda: a.symmetric_difference_update(),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
