it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
g = (x for x in "ab")
print(next(g), next(g), next(g, 0))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
i = It()
print(next(i), next(i), next(i, "end"), list(It()))
for args in [(), ([1],), (1,), ("abc",), (iter([]), 1, 2)]:
    try:
        next(*args)
    except TypeError as e:
        print(e)
