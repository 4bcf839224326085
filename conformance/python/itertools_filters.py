from itertools import compress, dropwhile, filterfalse, pairwise, starmap, takewhile

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [True, True])), list(compress("AB", [0, 1, 1, 1])))
print(list(compress(data=range(10), selectors=[x % 3 == 0 for x in range(10)])))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))

seen = []


def pred(x):
    seen[len(seen):] = [x]
    return x < 3


t = takewhile(pred, [1, 2, 3, 4, 5])
print(list(t), seen, list(t))

print(list(pairwise("ABCDEFG")), list(pairwise([])), list(pairwise([1])))
print(list(pairwise(x * x for x in range(5))))

print(list(starmap(lambda a, b: a ** b, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, ["ab", [1, 2, 3], ()])))
try:
    list(starmap(lambda a: a, [1]))
except TypeError as e:
    print(type(e).__name__, e)

for name, f in [("takewhile", takewhile), ("dropwhile", dropwhile), ("filterfalse", filterfalse), ("starmap", starmap)]:
    try:
        f(len)
    except TypeError as e:
        print(name, type(e).__name__, e)
try:
    compress([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    pairwise()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(dropwhile(lambda x: x / 0, [1]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
