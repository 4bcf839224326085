from functools import lru_cache, cache


@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2), sq(4))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(4), sq.cache_info())
print(sq.cache_info().hits, sq.cache_info()._fields, type(sq.cache_info()).__name__)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, type(fib).__name__, fib.cache_parameters())


@cache
def count_calls(*args, **kw):
    print("call", args, kw)
    return len(args) + len(kw)


print(count_calls(1, 2), count_calls(1, 2), count_calls(1, b=2), count_calls(1, b=2), count_calls(1, 2.0))
print(count_calls.cache_info(), count_calls.cache_parameters())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    print("typed", x)
    return x


print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())


@lru_cache(maxsize=None)
def untyped(x):
    print("untyped", repr(x))
    return repr(x)


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache(-5)
def neg(x):
    return x


print(neg.cache_info())
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    lru_cache(maxsize="a")
except TypeError as e:
    print(type(e).__name__, e)


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=None)
    def area(self, scale=1):
        print("area of", self.r)
        return 3 * self.r * self.r * scale


c = Circle(2)
print(c.area(), c.area(), c.area(scale=2), Circle.area.cache_info())


def documented(a):
    "Doc string."
    return a


wrapped = lru_cache(documented)
print(wrapped.__doc__, wrapped.__qualname__, wrapped.__module__, wrapped.__wrapped__ is documented)
