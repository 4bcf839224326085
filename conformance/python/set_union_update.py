a = set([1, 2, 3])
print(a.union([3, 4]), a.union([5], (6,), range(7, 9)), a.union(), a.union(a), a | set([10]))
print(list(set([3, 11, 19]).union(set([27]))), list(set([8, 16]).union([24, 0])))
print(frozenset([1]).union([2]), type(frozenset().union(set())).__name__, type(set().union(frozenset())).__name__)
a.update([4, 5], {6: 0}, "")
print(a)
a.update()
a |= set([100])
print(a)
b = set()
b.update(range(20))
print(list(b))
b.update(x * 3 for x in range(10))
print(list(b))
tests = [
    lambda: a.union(1),
    lambda: a.update(1),
    lambda: a.union([[1]]),
    lambda: a.union(x=1),
    lambda: a | [1],
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
