d = {1: 2}
objs = [iter([]), iter(()), iter(range(1)), iter({}), iter(set()), iter(d.values()), iter(d.items()),
        enumerate([]), zip(), map(len, []), filter(None, []), reversed([]), reversed(()), reversed(range(1)),
        reversed(d), iter(int, 1), (x for x in [])]
for o in objs:
    print(type(o).__name__, iter(o) is o, hasattr(o, "__next__"), hasattr(o, "__iter__"))
print(enumerate, zip, map, filter, reversed, type(enumerate), isinstance(enumerate([]), enumerate))
it = iter([1, 2, 3])
print(it.__next__(), next(it), list(it.__iter__()))
e = enumerate("ab")
print(e.__next__(), list(e))
for cls in [type(iter([])), type(iter(range(0)))]:
    try:
        cls()
    except TypeError as err:
        print(type(err).__name__, err)
print(list(map(lambda *a: a, "ab", "cd", "ef")))
print(list(zip(enumerate("xy"), reversed(range(2)))))
print(sorted(filter(None, map(lambda x: x % 3, range(10)))))
