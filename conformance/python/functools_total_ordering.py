from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


a, b, c = Version(1, 2), Version(1, 3), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a == c, a <= c, a >= c, a > c, b > a, b >= a)
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= 3
except TypeError as e:
    print(type(e).__name__, e)
print(Version.__gt__.__name__ if False else "ok", "__ge__" in Version.__dict__, "__lt__" in Version.__dict__)


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v


x, y = Rev(1), Rev(2)
print(x < y, x <= y, x >= y, x <= Rev(1))


@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v


print(Ge(1) < Ge(2), Ge(1) > Ge(1), Ge(2) <= Ge(1))


@total_ordering
class Le:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v


print(Le(1) < Le(2), Le(1) > Le(1), Le(2) >= Le(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
