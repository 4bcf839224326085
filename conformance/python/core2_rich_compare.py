class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v

a, b = P(1), P(2)
print(a < b, b > a)
print(a == P(1), a != P(1), a != b)
try:
    a <= b
except TypeError as e:
    print('TypeError', e)
print(sorted([P(3), P(1), P(2)], key=lambda p: p.v)[0].v)
print([p.v for p in sorted([P(3), P(1), P(2)])])
print(max(P(3), P(5)).v)

class NoEq:
    pass
x = NoEq()
print(x == x, x != x, x == NoEq())
try:
    x < x
except TypeError as e:
    print('TypeError', e)

class Ne:
    def __ne__(self, o):
        return 'custom ne'
print(Ne() != 1, Ne() == 1)
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() != 1, 1 == AlwaysEq(), [AlwaysEq()] == [5], AlwaysEq() in [1, 2])
print(3 in [AlwaysEq()], [1, 2].index(AlwaysEq()) if False else [1, 2].count(AlwaysEq()))
