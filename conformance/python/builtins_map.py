print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2], [5, 7])))
print(list(map(len, ["a", "bb", ""])), list(map(abs, [])))
m = map(int, "123")
print(type(m), type(m).__name__, next(m), iter(m) is m, list(m), list(m))
print(dict(map(lambda k: (k, k * 2), "ab")))

def bad(x):
    if x > 1:
        raise KeyError(x)
    return x
m = map(bad, range(4))
print(next(m), next(m))
try:
    next(m)
except KeyError as e:
    print(type(e).__name__, e)
for args in [(), (len,), (len, 1), (len, [1], 2)]:
    try:
        map(*args)
    except TypeError as e:
        print(e)
try:
    map(len, [], key=1)
except TypeError as e:
    print(e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(e)
