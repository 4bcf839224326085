r = range(1, 10, 2)
print(len(r), list(r), list(reversed(r)), r[0], r[-1], r[1:3], r[::-1], r[::2], 5 in r, 4 in r, 5.0 in r, "a" in r)
print(r == range(1, 11, 2), r == range(1, 10, 2), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), r != r)
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2, 5)) == hash(range(1, 2, 7)))
print(r.__len__(), r.__contains__(3), r.__getitem__(2), list(r.__iter__()), list(r.__reversed__()), r.__bool__(), range(0).__bool__())
print(type(iter(r)).__name__, type(reversed(r)).__name__, repr(range(3)), repr(range(1, 5, 2)), str(range(-1, -5, -1)))
print(list(range(10, 0, -3)), list(reversed(range(10, 0, -3))), list(range(5, 0)), len(range(-10, 10, 7)))
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r["a"]
except TypeError as e:
    print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    r < r
except TypeError as e:
    print(e)
