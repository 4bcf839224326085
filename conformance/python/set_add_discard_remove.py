s = set()
s.add(1)
s.add(2)
s.add(1)
s.add((1, 2))
s.add(frozenset([3]))
print(sorted(map(repr, s)), len(s))
s.discard(2)
s.discard(99)
s.remove((1, 2))
print(sorted(map(repr, s)))
s.remove(frozenset([3]))
s.add(frozenset([4]))
s.remove(set([4]))
print(s)
t = set([frozenset([1])])
print(set([1]) in t, t.discard(set([1])), t)
tests = [
    lambda: s.remove(42),
    lambda: s.remove("missing"),
    lambda: s.remove((1, 2)),
    lambda: s.add([1]),
    lambda: s.discard({}),
    lambda: s.remove([]),
    lambda: s.add(),
    lambda: s.add(1, 2),
    lambda: s.remove(set([9])),
    lambda: frozenset().add(1),
    lambda: [] in s,
]
for t in tests:
    try:
        print(t())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
