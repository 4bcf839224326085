class Default(dict):
    def __missing__(self, key):
        return key * 2


d = Default(a="x")
print(d, d["a"], d["b"], len(d), "b" in d, isinstance(d, dict), type(d).__name__, type(d).__mro__)


class Tracking(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.log = []

    def __setitem__(self, key, value):
        self.log += [key]
        dict.__setitem__(self, key, value) if False else super().__init__({key: value})

    def __repr__(self):
        return f"Tracking({dict(self)!r}, log={self.log})"


t = Tracking({"x": 1}, y=2)
t["z"] = 3
t["x"] = 10
print(t, t["x"], t.log, t == {"x": 10, "y": 2, "z": 3}, str(t))


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


a = Attr(host="localhost", port=80)
print(a.host, a.port, a, getattr(a, "missing", "none"))
a.extra = 1
print(a.__dict__, a)


class Upper(dict):
    def __getitem__(self, key):
        return "got " + key

    def __contains__(self, key):
        return key[:1] == "k"

    def __len__(self):
        return 42

    def __iter__(self):
        return iter(["i1", "i2"])


u = Upper(a=1)
print(u["anything"], "key" in u, "nope" in u, len(u), list(u), u)


class Summing(dict):
    def __add__(self, other):
        r = Summing(self)
        for k in other:
            r[k] = r[k] + other[k] if k in r else other[k]
        return r

    def __eq__(self, other):
        return "custom eq"


s = Summing(a=1) + Summing(a=2, b=3)
print(s, type(s).__name__, s == 1, Summing() == {})
print(dict(Default(q=1)), type(dict(Default(q=1))).__name__, {**Default(w=2)})
