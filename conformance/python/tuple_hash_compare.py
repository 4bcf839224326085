print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print(max((1, "b"), (1, "a")), min([(2, 1), (1, 5), (1, 2)]), sorted([(1, "b"), (0, "z"), (1, "a")]))
t = (1, [2], 3)
print(t[1].append(4), t, t.count([2, 4]), t.index(3), (1, 2) + (3,), (0,) * 3, 2 * (1,))
try:
    hash(t)
except TypeError as e:
    print(e)
print({(1, 2): "a", (1, (2, 3)): "b"}[(1, (2, 3))], set([(1, 2), (1, 2)]))
print(tuple(range(3)), tuple("ab"), tuple({1: 2}), tuple(x for x in [4]), tuple())
try:
    tuple(1)
except TypeError as e:
    print(e)
try:
    tuple([1], [2])
except TypeError as e:
    print(e)
