from itertools import zip_longest, count

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("AB", "xyz")))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("ab")))
print(list(zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)))
z = zip_longest(count(), "ab")
print(next(z), next(z), next(z), next(z))


def g(n):
    for i in range(n):
        yield i
    print("g", n, "done")


print(list(zip_longest(g(1), g(2))))
try:
    zip_longest([1], foo=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip_longest([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(zip_longest()).__name__)
