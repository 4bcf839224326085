l = [1, 2, 3]
for val, sl in [(5, slice('a', 2)), (5, slice(0, 2)), (5, slice(0, 3, 2)), ([9], slice(0, 3, 2)), (iter([7, 8]), slice(0, 3, 2))]:
    try:
        l[sl] = val
        print(l)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Bad:
    def __iter__(self):
        raise TypeError('from iter')
try:
    l[0:1] = Bad()
except TypeError as e:
    print(e)
l[:] = l
print(l)
l[1:1] = l
print(l)
try:
    'abc'(**{1: 2})
except TypeError as e:
    print(e)
try:
    print(**{1: 2})
except TypeError as e:
    print(e)
