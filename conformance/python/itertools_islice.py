from itertools import islice, count

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", None)), list(islice("ABCDEFG", None, None, None)))
print(list(islice(range(10), 1, 100, 3)), list(islice(count(), 3, 10, 3)))
print(list(islice([], 3)), list(islice("abc", 5, 10)), list(islice("abc", 0)))
print(list(islice("abcdef", True, 4)))

it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
s = islice(it, 1, 8, 3)
print(list(s), next(it))

for args in [(-1,), ("a",), (1, -1), (-1, 2), (-2,), (0, 2, 0), (0, 2, -1), (1.5,), (0, 1, "x")]:
    try:
        islice([1, 2], *args)
    except ValueError as e:
        print(args, type(e).__name__, e)
try:
    islice([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    islice([1], 1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    islice(3, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    islice(3, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    islice([1], stop=1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(islice([], 1)).__name__)
