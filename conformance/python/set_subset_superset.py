a = set([1, 2])
print(a.issubset([1, 2, 3]), a.issubset([1]), a.issubset(a), set().issubset([]), a.issubset(range(5)))
print(a.issuperset([1]), a.issuperset([1, 3]), a.issuperset([]), a.issuperset(set([1, 2])), a.issuperset(x for x in [2, 2]))
print(a <= set([1, 2]), a < set([1, 2]), a < set([1, 2, 3]), a >= set([1]), a > set([1, 2]), a == frozenset([1, 2]))
print(a.isdisjoint([3, 4]), a.isdisjoint([2]), a.isdisjoint(a), set().isdisjoint(set()), a.isdisjoint(set([5])), a.isdisjoint(iter([9, 1])))
print(frozenset([1]).issubset([1]), frozenset([1, 2]).issuperset(frozenset([2])), frozenset().isdisjoint([1]))
print(set([1]).issubset(set([frozenset()])), set([frozenset([1])]).issuperset([set([1])]) if False else None)
tests = [
    lambda: a.issubset(),
    lambda: a.issubset(1),
    lambda: a.issuperset(1),
    lambda: a.isdisjoint(1),
    lambda: a <= [1, 2],
    lambda: a.issubset([[1]]),
    lambda: a.isdisjoint([[1]]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
