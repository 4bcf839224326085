l = [5, 2, 8, 1, 9, 3]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e"), (1, "f")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
big = [(i * 7919) % 1000 for i in range(300)]
s = sorted(big)
big.sort()
print(big == s, big[:10], big[-5:])
stab = [(i % 5, i) for i in range(200)]
stab.sort(key=lambda t: t[0])
print(stab[:8], stab[-3:])
mixed = [3, 1.5, True, -2, 0.0, 2**70, -2**65]
mixed.sort()
print(mixed)
fl = [0.5, -0.0, 0.0, -1e300, 1e-300]
fl.sort()
print(fl)
desc = list(range(100, 0, -1))
desc.sort()
print(desc[:5], desc[-5:])
runs = list(range(50)) + list(range(100, 40, -1)) + list(range(20))
runs.sort()
print(runs[:25])
lst = [[3, 1], [1], [2, 5], [2]]
lst.sort()
print(lst)
r = list(range(70, 0, -1))
r.sort(reverse=True)
print(r[:5])
e = []
e.sort()
print(e)
