from typing import Optional, Union, List, Dict, Callable, Any, Tuple
import typing


def greet(name: str, times: int = 1, sep: Optional[str] = None, **kw: Dict[str, int]) -> List[str]:
    return [name] * times


print(greet.__annotations__)


def union_new(x: int | None, y: list[int] | dict[str, int] = None) -> tuple[int, ...]:
    return ()


print(union_new.__annotations__)


def callback(fn: Callable[[int, str], bool], data: "Tuple[int, str]") -> None:
    pass


print(callback.__annotations__, typing.get_type_hints(callback))


class Config:
    name: str
    port: int = 8080
    tags: List[str]
    handler: Optional[Callable[..., Any]] = None


print(Config.__annotations__, Config.port, hasattr(Config, "name"))
x: int = 5
y: "Optional[str]"
print(__annotations__, x)
print(Optional[int] is not None, isinstance(None, type(None)), Union[int, str].__args__, int | str == str | int)
