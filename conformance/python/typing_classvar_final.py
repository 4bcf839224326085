from typing import ClassVar, Final, Literal, Annotated, get_args, get_origin
from dataclasses import dataclass, fields

MAX: Final = 10
MODE: Final[str] = "fast"


@dataclass
class Settings:
    level: Literal["debug", "info"] = "info"
    retries: Annotated[int, "non-negative"] = 3
    instances: ClassVar[int] = 0
    LIMIT: ClassVar = 100

    def __post_init__(self):
        Settings.instances += 1


s = Settings()
t = Settings("debug", 5)
print(s, t, Settings.instances, [f.name for f in fields(Settings)], Settings.__doc__)
print(Final, Final[int], ClassVar[int], Literal["a"], Annotated[int, "meta"], get_args(Literal["debug", "info"]))
print(get_origin(Final[int]), get_args(ClassVar[list]), get_origin(Annotated[int, "x"]) is Annotated, get_args(Annotated[int, "x", 1]))
for bad in [lambda: Final[int, str], lambda: ClassVar[1, 2]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
