# A class may list abc.ABC after its base to mark itself abstract, as
# sqlorm's models do (class Model(BaseModel, abc.ABC)); hfc has single
# inheritance and treats ABC there as a marker.
import abc
from abc import ABC


class Base:
    def hello(self):
        return "hi"


class Mid(Base, ABC):
    kind = "mid"


class Leaf(Mid):
    pass


class Other(Base, abc.ABC):
    pass


print(Mid.__bases__)
print(issubclass(Mid, ABC), isinstance(Leaf(), ABC), Leaf().hello(), Leaf.kind)
print(issubclass(Leaf, ABC), ABC in Mid.__bases__, abc.ABC in Leaf.__bases__)
print(Leaf.__mro__[:3], issubclass(Other, abc.ABC), issubclass(Base, ABC))
