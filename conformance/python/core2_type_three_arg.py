def init(self, v):
    self.v = v

Point = type('Point', (), {'__init__': init, 'kind': 'point', 'show': lambda self: 'P(%r)' % self.v})
p = Point(3)
print(type(p).__name__, p.kind, p.show(), Point.__name__, Point.__qualname__, Point.__module__)
Sub = type('Sub', (Point,), {'kind': 'sub'})
s = Sub(4)
print(s.kind, s.show(), isinstance(s, Point), Sub.__mro__[1].__name__)
print(type(1), type('x'), type(type), type(None))
try:
    type('X', 'notatuple', {})
except TypeError as e:
    print('TypeError', e)
try:
    type('X', (), [])
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)
E = type('E', (Exception,), {})
try:
    raise E('custom')
except E as e:
    print(type(e).__name__, e, isinstance(e, Exception))
