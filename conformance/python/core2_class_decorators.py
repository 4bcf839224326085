def add_repr(cls):
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, vars(self))
    cls.__repr__ = __repr__
    return cls

@add_repr
class P:
    def __init__(self, x):
        self.x = x
print(P(3))

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

@register
class A: pass
@register
class B(A): pass
print(registry)

def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get

@singleton
class S:
    def __init__(self, v):
        self.v = v
print(S(1).v, S(2).v, S(1) is S(3))

def with_attr(**kw):
    def d(cls):
        for k, v in kw.items():
            setattr(cls, k, v)
        return cls
    return d

@with_attr(color='red', size=3)
class T: pass
print(T.color, T.size)
