from itertools import accumulate, chain

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], initial=100)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], lambda a, b: a if a > b else b)))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate([])), list(accumulate([], initial=7)), list(accumulate([5])))
print(list(accumulate(range(4), func=None, initial=None)))
print(list(accumulate((x * 1.5 for x in range(4)))))

try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    accumulate()
except TypeError as e:
    print(type(e).__name__, e)
try:
    accumulate(5)
except TypeError as e:
    print(type(e).__name__, e)

print(list(chain()), list(chain([])), list(chain("ab", [1, 2], (3,), range(2))))
print(list(chain.from_iterable(["ab", "cd", [None]])))
print(list(chain.from_iterable(x * 2 for x in "xyz")))
c = chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chain(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(chain.from_iterable([1]))
except TypeError as e:
    print(type(e).__name__, e)


def lazy(tag, n):
    print("start", tag)
    for i in range(n):
        yield tag + str(i)


c = chain(lazy("a", 2), lazy("b", 1))
print("created")
for x in c:
    print(x)
print(type(chain()).__name__, type(accumulate([])).__name__)
