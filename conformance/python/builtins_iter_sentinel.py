items = [1, 2, 3, 0, 4]
it = iter(items.pop, 0)
print(type(it).__name__, list(it), items)

count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 5)))
it = iter(counter, 7)
print(next(it), it.__next__(), iter(it) is it, list(it), list(it))

def stopper():
    raise StopIteration
print(list(iter(stopper, None)))

class Eq:
    def __eq__(self, other):
        print("eq called with", other)
        return other == 3
n = iter([1, 2, 3, 4]).__next__
print(list(iter(n, Eq())))

def failing():
    raise ValueError("no")
try:
    list(iter(failing, 1))
except ValueError as e:
    print(type(e).__name__, e)
for args in [(), (1, 2), (1, 2, 3)]:
    try:
        iter(*args)
    except TypeError as e:
        print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
