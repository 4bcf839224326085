d = {1: "a", 2: "b", 3: "c"}
e = {2: "x", 3: "c", 4: "d"}
k = d.keys()
print(k & {2, 3, 5}, k | {9}, k - {1}, k ^ {3, 4})
print({2, 3, 5} & k, {9} | k, {1, 7} - k, {3, 4} ^ k)
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys())
print(k & [3, 1, 8], k | [8], k - (1,), k ^ range(2, 6))
print(d.items() & e.items(), sorted(d.items() - e.items()), sorted(d.items() | {(5, "e")}))
print(sorted(d.items() ^ e.items()))
print(type(k & k).__name__, k & set(), set() | k)
s = {10}
s |= k
print(s)
s -= d.keys()
print(s)
tests = [
    lambda: k & 1,
    lambda: k | 1,
    lambda: d.values() | {1},
    lambda: d.values() & d.values(),
    lambda: d.items() | [[1]],
    lambda: k + k,
]
for t in tests:
    try:
        print(t())
    except TypeError as err:
        print(type(err).__name__, err)
