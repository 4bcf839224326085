a = set(range(10))
print(a.difference([1, 2]), a.difference([1], [2], range(5, 10)), a.difference(), a.difference(a), a - set([0, 9]))
print(list(set([8, 1, 16, 32]) - set([1])), list(set([8, 1, 16, 32]).difference([1])), list(set([8, 1, 16, 32]).difference({1: 0})))
print(list(set(range(100)) - set(range(10, 90))), list(set(range(100)).difference(range(10, 90))))
b = set(range(10))
b.difference_update([1, 2], set([3]))
print(b)
b -= set([4, 5])
print(b)
c = set(range(40))
c.difference_update(range(35))
print(list(c))
c.add(100)
c.add(41)
print(list(c))
print(frozenset([1, 2]) - set([1]), set([1, 2]) - frozenset([2]))
tests = [
    lambda: a.difference(1),
    lambda: a - [1],
    lambda: a.difference_update(5),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
