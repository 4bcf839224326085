print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2, 3], [4])), list(zip("ab", "cd", "ef")))
print(dict(zip("abc", range(3))), list(zip(*[(1, 2), (3, 4), (5, 6)])))
z = zip([1, 2], [3, 4])
print(type(z), type(z).__name__, next(z), iter(z) is z, list(z), list(z))
print(list(zip([1, 2], [1, 2], strict=True)), list(zip(strict=True)), list(zip([], [], strict=False)))

consumed = []
def gen(n):
    for i in range(n):
        consumed.append(i)
        yield i
print(list(zip([1], gen(5))), consumed)
tests = [
    lambda: list(zip([1, 2], [1], strict=True)),
    lambda: list(zip([1], [1, 2], strict=True)),
    lambda: list(zip([1], [1], [1, 2], strict=True)),
    lambda: list(zip([1, 2], [1, 2], [1], strict=True)),
    lambda: list(zip([1, 2, 3], [1, 2], [1], strict=True)),
    lambda: zip(1),
    lambda: zip([1], 2),
    lambda: zip([1], foo=True),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(zip("ab", [1, 2], strict=1)))
