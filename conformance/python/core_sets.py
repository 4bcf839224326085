s = {3, 1, 2, 3}
print(s, len(s), 2 in s, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
s.add(10) if hasattr(s, "add") else None
print(set(), set([5, 4, 3]), frozenset({1, 2}), {(1, 2), (0, 1)})
print({x % 3 for x in range(10)}, {100, 1, 50, 7, 1000, 33})
big = set(range(20))
print(big - {0, 1, 2})
print({-1, -2, 5, 0})
try:
    {[1]}
except TypeError as e:
    print(e)
