f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, type(f).__name__, frozenset(), frozenset(range(3)), frozenset("aa"))
print(f | set([4]), f & set([1]), f - set([1]), f ^ set([1, 9]), type(f | set()).__name__, type(set() | f).__name__)
d = {f: "fs"}
print(d[frozenset([1, 2, 3])], frozenset([1, 2]) == set([1, 2]), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(set([frozenset([1]), frozenset([1])]), frozenset([frozenset()]))
print(f.union([5]), f.intersection([1, 7]), f.difference([1]), f.symmetric_difference([1, 8]))
for name in ["add", "remove", "discard", "pop", "clear", "update", "intersection_update", "difference_update", "symmetric_difference_update"]:
    print(name, hasattr(f, name), hasattr(set(), name))
try:
    frozenset([[1]])
except TypeError as e:
    print(e)
try:
    frozenset(1)
except TypeError as e:
    print(e)
try:
    frozenset([1], [2])
except TypeError as e:
    print(e)
