d = {1: "a", 2: "b"}
k = d.keys()
print(k == {1, 2}, k == {1}, k != {1, 2}, {1, 2} == k, k == frozenset([2, 1]))
print(k < {1, 2, 3}, k <= {1, 2}, k > {1}, k >= {1, 2, 3}, {1} < k, {1, 2, 3} > k)
print(k == [1, 2], k != [1, 2], k == {1: 0, 2: 0}.keys(), k == {3: 0, 4: 0}.keys())
print(d.items() == {(1, "a"), (2, "b")}, d.items() == {(1, "a")}, d.items() <= {(1, "a"), (2, "b"), 3})
print(d.items() == {1: "a", 2: "b"}.items(), d.items() == {1: "a", 2: "x"}.items())
print(d.values() == d.values(), d.values() != d.values())
v = d.values()
print(v == v)
try:
    k < [1, 2, 3]
except TypeError as e:
    print(e)
try:
    d.values() < d.values()
except TypeError as e:
    print(e)
