import copy


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        print("reduce called")
        return (Reduced, (self.a, [self.b]))

    def __repr__(self):
        return f"Reduced({self.a!r}, {self.b!r})"


r = Reduced(1, 2)
print(copy.copy(r), copy.deepcopy(r))


class WithState:
    def __init__(self, x):
        self.x = x
        self.cache = {"big": [1, 2, 3]}

    def __getstate__(self):
        state = dict(self.__dict__)
        del state["cache"]
        return state

    def __setstate__(self, state):
        for k in state:
            self.__dict__[k] = state[k]
        self.cache = {}


w = copy.deepcopy(WithState([1]))
print(w.x, w.cache)


class DeepSpy:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        print("deepcopy memo has", len(memo), "entries")
        return DeepSpy(copy.deepcopy(self.v, memo))


shared = [0]
a = DeepSpy(shared)
b = DeepSpy(shared)
out = copy.deepcopy([a, b, shared])
print(out[0].v is out[1].v, out[0].v is out[2], out[2] is shared)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


s = copy.copy(Slotted())
print(s.a, s.b) if hasattr(s, "a") else print("no slots copied")
x = {"self": None}
x["self"] = x
y = copy.deepcopy(x)
print(y["self"] is y, y is x)
t = ([1],)
u = copy.deepcopy(t)
print(u == t, u is t, u[0] is t[0], copy.deepcopy((1, "a")) == (1, "a"))
