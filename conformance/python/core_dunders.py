class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __call__(self, k):
        return self.x * k
v = Vec(1, 2) + Vec(3, 4)
print(v, repr(v), v * 2, 3 * v, v == Vec(4, 6), v != Vec(4, 6), len(v), v[0], list(v), 4 in v)
print(bool(Vec(0, 0)), bool(v), {Vec(1, 1), Vec(1, 1)}, Vec(1, 2) < Vec(1, 3), v(10))
print(str(v), f"{v}", [v], Vec(2, 1) > Vec(1, 5))
try:
    v + 1
except AttributeError as e:
    print(e)
try:
    v - v
except TypeError as e:
    print(e)
