print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate("ab", start=-3)), list(enumerate([], 5)))
print(list(enumerate(iterable=[1, 2], start=10)))
print(list(enumerate(["x"], 2**64)))
print(list(enumerate(["x", "y"], 2**63 - 1)))
e = enumerate(range(3))
print(type(e), type(e).__name__, next(e), e.__next__(), iter(e) is e, list(e))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)

class I:
    def __index__(self):
        return 7
print(list(enumerate("q", I())))
for args, kw in [((), {}), ((1,), {}), (([], "a"), {}), (([], 1, 2), {}), ((), {"x": []}), (([],), {"iterable": []})]:
    try:
        enumerate(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(e, enumerate))
