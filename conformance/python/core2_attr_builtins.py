# getattr/setattr/delattr/hasattr on builtins and odd names
for f in [lambda: getattr(1, 'real'), lambda: getattr(1, 'nope'), lambda: getattr(1, 5), lambda: setattr(1, 'x', 2),
          lambda: setattr(object(), 'x', 1), lambda: delattr(1, 'real'), lambda: hasattr(1, 5), lambda: getattr([], 'append')([]) ,
          lambda: setattr(int, 'x', 1), lambda: delattr(int, 'real'), lambda: object().__dict__, lambda: (1).__dict__,
          lambda: type.__dict__['x'], lambda: vars(1), lambda: dir(5)[:3], lambda: [].__len__(), lambda: (5).__add__(3),
          lambda: (5).__add__('x'), lambda: 'ab'.__len__(), lambda: int.__add__(1, 2), lambda: int.__add__('a', 2)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    pass
c = C()
setattr(c, 'dyn', 5)
setattr(c, 'with space', 6)
print(c.dyn, getattr(c, 'with space'), sorted(vars(c)), hasattr(c, 'dyn'))
delattr(c, 'dyn')
print(hasattr(c, 'dyn'))
C.cls_attr = 'added'
print(c.cls_attr, C.__dict__['cls_attr'])
del C.cls_attr
print(hasattr(c, 'cls_attr'))
print(getattr(C, '__name__'), getattr(c, '__class__') is C, type(c).__module__)
