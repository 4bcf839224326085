import functools
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 2) -> int:
    """Add two numbers."""
    return a + b


print(add(1), add(1, b=5))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__, add.__wrapped__.__name__)


def target():
    "target doc"


target.attr = 42
target.other = [1]


def shell():
    pass


shell.mine = 1
r = update_wrapper(shell, target)
print(r is shell, shell.__name__, shell.__doc__, shell.attr, shell.other is target.other, shell.mine)
print(shell.__dict__["attr"], shell.__wrapped__ is target)


def shell2():
    pass


update_wrapper(shell2, target, assigned=("__doc__",), updated=())
print(shell2.__name__, shell2.__doc__, hasattr(shell2, "attr"))
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
w = wraps(target)
print(type(w).__name__, w.keywords["wrapped"] is target)


class NoName:
    pass


def shell3():
    pass


update_wrapper(shell3, NoName())
print(shell3.__name__, shell3.__wrapped__.__class__.__name__)


def outer(func):
    @functools.wraps(func)
    def inner(*a):
        return func(*a) * 2
    return inner


@outer
@outer
def three():
    return 3


print(three(), three.__name__, three.__wrapped__.__name__, three.__wrapped__.__wrapped__())
