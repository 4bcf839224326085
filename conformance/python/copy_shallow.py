import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

lst = [1, [2, 3], {"k": [4]}]
c = copy.copy(lst)
print(c, c is lst, c[1] is lst[1], c == lst)
d = {"a": [1], "b": 2}
cd = copy.copy(d)
print(cd, cd is d, cd["a"] is d["a"])
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s, copy.copy(frozenset(s)) is not None)
t = (1, [2])
print(copy.copy(t) is t, copy.copy("str") is not None, copy.copy(5), copy.copy(None), copy.copy(len) is len)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point([1], 2)
q = copy.copy(p)
print(q, q is p, q.x is p.x, type(q).__name__, q.__dict__)


class WithCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return WithCopy(self.v + 1)


print(copy.copy(WithCopy(1)).v)


class Stateful:
    def __init__(self):
        self.a = 1
        self.secret = "s"

    def __getstate__(self):
        print("getstate")
        return {"a": self.a}

    def __setstate__(self, state):
        print("setstate", state)
        for k in state:
            self.__dict__[k] = state[k]
        self.restored = True


st = copy.copy(Stateful())
print(st.__dict__)


class Empty:
    pass


print(type(copy.copy(Empty())).__name__, copy.copy(Empty()).__dict__)
print(copy.copy(Counter("aab")), copy.copy(OrderedDict(a=1)), copy.copy(defaultdict(list, a=[1])))
dq = deque([1, [2]], maxlen=5)
dq2 = copy.copy(dq)
print(dq2, dq2 is dq, dq2[1] is dq[1])
P = namedtuple("P", "x y")
pt = P(1, [2])
pc = copy.copy(pt)
print(pc, pc is pt, pc.y is pt.y, type(pc).__name__)
e = ValueError("msg", 2)
e.note = "n"
ec = copy.copy(e)
print(repr(ec), ec.note, ec is e)


class D(dict):
    pass


dd = D(a=1)
dd.attr = "x"
dc = copy.copy(dd)
print(dc, type(dc).__name__, dc.attr, dc is dd)


def g():
    yield 1


try:
    copy.copy(g())
except TypeError as ex:
    print(type(ex).__name__, ex)
print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)
