class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata from ' + ('class' if obj is None else 'instance')

class Data:
    def __get__(self, obj, objtype=None):
        return 'data'
    def __set__(self, obj, v):
        print('Data.__set__', v)

class C:
    nd = NonData()
    d = Data()

c = C()
print(c.nd, C.nd)
c.__dict__['nd'] = 'instance wins'
print(c.nd)
c.__dict__['d'] = 'ignored'
print(c.d)
c.d = 3

class Validated:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value

class Person:
    age = Validated(int)
    name = Validated(str)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person('ann', 30)
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError', e)

class Deleter:
    def __get__(self, obj, t=None):
        return 'g'
    def __delete__(self, obj):
        print('deleted via descriptor')
class H:
    x = Deleter()
del H().x
class MethodLike:
    def __get__(self, obj, objtype=None):
        return lambda: ('bound to', type(obj).__name__)
class Q:
    m = MethodLike()
print(Q().m())
