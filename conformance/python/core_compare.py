print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 != 2)
print("abc" < "abd", "a" < "B", "" < "a", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None is None, None == None, 1 is not None, [] is [], "x" in "xyz", 3 not in [1, 2])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), frozenset([1]) == {1})
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in range(0, 10, 2), 3 in range(0, 10, 2))
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(e)
