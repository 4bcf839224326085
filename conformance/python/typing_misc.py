from typing import overload, get_type_hints, Optional, List, NewType, final, Union, Dict, ClassVar, no_type_check
import typing

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__name__, UserId.__supertype__)


@overload
def parse(x: int) -> int:
    ...


@overload
def parse(x: str) -> str:
    ...


def parse(x):
    return x


print(parse(1), parse("s"))


@overload
def only(x: int) -> int:
    ...


try:
    only(1)
except NotImplementedError as e:
    print(type(e).__name__, e)


class Node:
    value: int
    children: List["Node"]
    parent: Optional["Node"] = None
    count: ClassVar[int] = 0


def fn(a: int, b: "Node", c: Optional[str] = None) -> Dict[str, int]:
    return {}


print(get_type_hints(fn))
print(get_type_hints(Node))


class Sub(Node):
    extra: "int"


print(get_type_hints(Sub))


@final
class Leaf:
    pass


@final
def done():
    pass


print(Leaf.__final__, done.__final__, no_type_check(done) is done)


def annotated(x: "int | None", y: Union[int, str]) -> None:
    pass


print(annotated.__annotations__)
print(typing.assert_type(5, int), typing.reveal_type("x") if False else "")
