from functools import partialmethod, partial, wraps, reduce, lru_cache


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note=""):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True, note="born")
    set_dead = partialmethod(set_state, False)


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(note="bye"), c.alive, type(Cell.set_alive).__name__ if False else "")
print(Cell.set_alive(c), c.alive)


def power(base, exp):
    return base ** exp


square = partial(power, exp=2)
cube = partial(power, exp=3)
print([square(x) for x in range(5)], [cube(x) for x in range(4)], square(3, exp=4))


def counter(func):
    calls = 0

    @wraps(func)
    def inner(*args, **kwargs):
        nonlocal calls
        calls += 1
        inner.calls = calls
        return func(*args, **kwargs)
    inner.calls = 0
    return inner


@counter
def add(a, b):
    "Adds."
    return a + b


print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__doc__)
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
print(inc_then_double(5))


@lru_cache(maxsize=3)
def slow(n):
    print("miss", n)
    return n * 10


for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    slow(n)
print(slow.cache_info())
