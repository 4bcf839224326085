class Base:
    """A base."""
    kind: str = "base"

    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        return f"{self.kind}:{self.name!r:>10}"


class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra

    def gen(self):
        yield from range(3)
        x = yield self.extra
        return x
