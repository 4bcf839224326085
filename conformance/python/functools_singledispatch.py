from functools import singledispatch


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


def for_str(x):
    return "str " + x


describe.register(str, for_str)


@describe.register
def _(x: float | bytes):
    return f"number {x}"


class Base:
    pass


class Child(Base):
    pass


@describe.register(Base)
def _(x):
    return "a " + type(x).__name__


print(describe(1), describe(True), describe("s"), describe([1, 2]), describe(2.5), describe(None))
print(describe(Child()), describe(Base()), describe({}))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(Child).__name__)
print(describe.__name__, int in describe.registry, object in describe.registry)
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe.register(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @describe.register
    def _(x: 5):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Shape:
    @singledispatch
    def area(arg):
        return "generic"


print(for_str is describe.register(bytes, for_str), describe(b"x") if False else "")
