import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Iterable, Iterator, List, Literal, Mapping,
                    Optional, Sequence, Set, Tuple, Type, TypeVar, Union, Annotated, DefaultDict, Counter, Deque,
                    Generator, NoReturn, Never, Self, LiteralString)

T = TypeVar("T")
print(Any, Optional[int], Union[int, str], Union[int, None], Union[int, str, None], Union[int], Union[int, Union[str, int]])
print(Optional[Union[int, str]], List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple, Tuple[int, str])
print(Callable[[int, str], bool], Callable[..., int], Callable, Callable[[], None])
print(Literal["a", 1, None], Literal[1, 1, True], ClassVar[int], Final[int], Annotated[int, "meta", 3])
print(Iterable[int], Mapping[str, int], Sequence, Type[int], Set[int], FrozenSet[int], Iterator[T], List[T])
print(DefaultDict[str, int], Counter[str], Deque[int], Generator[int, None, None], NoReturn, Never, Self, LiteralString)
print(Dict[str, list[int]], Optional[dict[str, int]], List["Forward"], Optional["Node"], typing.Hashable, typing.Sized)
print(list[int], dict[str, tuple[int, ...]], int | None, int | str | None, List[int] | None, Optional[int] | str)
print(int | List[int], Literal[1] | Literal[2], typing.Text, typing.AnyStr, typing.TYPE_CHECKING)


class User:
    pass


print(List[User], Optional[User], Dict[str, "User"], Union[User, int], Callable[[User], User])
print(typing.OrderedDict[str, int], typing.ChainMap[str, int], typing.AbstractSet[int], typing.MutableMapping[str, int])
