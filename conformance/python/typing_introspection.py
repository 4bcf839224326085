from typing import (Any, Callable, Dict, List, Literal, Optional, Tuple, Union, get_args, get_origin, cast, TypeVar,
                    ClassVar, Final, Annotated)

print(List[int].__origin__, List[int].__args__, List.__args__ if False else "", Dict[str, int].__args__)
print(Callable[[int], str].__args__, get_args(Callable[[int, float], str]), get_origin(Callable[[int], str]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(int), get_args(int), get_origin(list[int]), get_args(dict[str, int]), get_origin(int | str), get_args(int | str))
print(get_origin(Literal[1, 2]), get_args(Literal[1, 2]), get_origin(ClassVar[int]), get_args(Tuple[int, ...]))
print(get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x"]) if False else "")
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(Union[int, str] == Union[int, str, int], {Optional[int]: 1}[Union[None, int]])
T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", int, str, covariant=True)
C = TypeVar("C", contravariant=True)
print(T, K, V, C, T.__name__, K.__bound__, V.__constraints__, T.__bound__, V.__covariant__, C.__contravariant__)
print(List[T].__parameters__, Dict[K, List[V]].__parameters__, List[int].__parameters__)
print(cast(int, "not an int"), cast("List[int]", [1]), cast(List[str], None))
print(isinstance([], List), isinstance({}, Dict), isinstance(1, Union[int, str]), isinstance("s", Optional[int]), issubclass(bool, Union[int, str]))
for bad in [lambda: List(), lambda: List[int](), lambda: Any(), lambda: isinstance(1, Any), lambda: isinstance([], List[int]),
            lambda: List[int, str], lambda: Dict[int], lambda: Optional[int, str], lambda: Union[()], lambda: Union[1],
            lambda: Callable[int, str], lambda: TypeVar("X", int), lambda: TypeVar("Y", covariant=True, contravariant=True),
            lambda: ClassVar[int, str], lambda: Literal[1][2]]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
