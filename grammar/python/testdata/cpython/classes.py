class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, metaclass=M): pass
class A(metaclass=M): pass
class A(*bases, **kw): pass
class A(B, *rest, x=1, **kw): pass
class A:
    """Class docstring."""
    x = 1
    y: int = 2
    z: str
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return f"A({self.a!r})"
    @property
    def value(self):
        return self._v
    @value.setter
    def value(self, v):
        self._v = v
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    class Inner:
        pass
@dataclass
class Point:
    x: int = 0
    y: int = 0
@decorator(arg)
@other
class B(A): ...
class C(A, B,): pass
class D(
    A,
    B,
):
    pass
