class Dyn:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('x') if False else name[:1] == 'x':
            return 'dyn ' + name
        raise AttributeError(name)

d = Dyn()
print(d.real, d.xyz)
try:
    d.other
except AttributeError as e:
    print('AttributeError', e)
print(getattr(d, 'nope', 'default'), hasattr(d, 'x1'), hasattr(d, 'y'))

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
class T:
    v = 3
    def m(self):
        return 'm'
p = Proxy(T())
print(p.v, p.m())

class Logged:
    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)
    def __init__(self):
        self.a = 1
l = Logged()
print(l.a)
try:
    l.b
except AttributeError as e:
    print('AttributeError', e)

class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('boom!')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
b = Both()
print(b.boom, b.missing)

class SetDel:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
s = SetDel()
s.x = 5
print(s.x)
del s.x
print(hasattr(s, 'x'))
