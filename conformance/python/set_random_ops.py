# A deterministic mix of adds, discards, pops and set operations on ints,
# printing the iteration order (which follows CPython's hash table).
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n

s = set()
for step in range(600):
    op = rand(10)
    x = rand(200) - 50
    if op < 5:
        s.add(x)
    elif op < 8:
        s.discard(x)
    elif op == 8 and s:
        s.pop()
    else:
        s.add(x * 64)
    if step % 50 == 49:
        print(list(s))
t = set(rand(100) for _ in range(40))
print(list(s | t))
print(list(s & t))
print(list(s - t))
print(list(s ^ t))
print(list(t.union(range(30))))
print(list(s.difference(t, range(10))))
u = s.copy()
u.difference_update(range(-50, 100))
print(list(u))
u.symmetric_difference_update(t)
print(list(u))
u.intersection_update(range(0, 100, 2))
print(list(u))
f = frozenset(s)
print(list(f), hash(f) == hash(frozenset(list(s))))
