from typing import Generic, TypeVar, Protocol, runtime_checkable, List, Optional, Iterator

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items += [item]

    def pop(self) -> T:
        return self.items.pop() if False else self.items[-1]

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), Stack[int], Stack[str], type(s).__name__, Stack.__mro__, s.__orig_class__)
print(Stack[int] == Stack[int], Stack[int].__origin__ is Stack, Stack[int].__args__, isinstance(s, Stack))


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v


print(Pair[str, int]("a", 1).v, Pair[str, int], Pair.__orig_bases__ if False else "")
for bad in [lambda: Generic(), lambda: Generic[int], lambda: Stack[()]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


class Drawable(Protocol):
    def draw(self) -> str:
        ...


class File:
    def close(self):
        return "closed"


class Window:
    def draw(self):
        return "drawn"

    def close(self):
        pass


print(isinstance(File(), Closeable), isinstance(Window(), Closeable), isinstance(1, Closeable), issubclass(File, Closeable))
try:
    isinstance(Window(), Drawable)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Closeable()
except TypeError as e:
    print(type(e).__name__, e)


class Impl(Closeable):
    def close(self):
        return "impl"


print(Impl().close(), isinstance(Impl(), Closeable), Impl._is_protocol, Closeable._is_protocol)


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = "n"


print(isinstance(Named(), HasName), isinstance(File(), HasName))
try:
    issubclass(Named, HasName)
except TypeError as e:
    print(type(e).__name__, e)
try:
    runtime_checkable(File)
except TypeError as e:
    print(type(e).__name__, e)


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


print(first([3, 4]), first([]), first.__annotations__)
