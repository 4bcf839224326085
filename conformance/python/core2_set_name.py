class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    a = Field()
    b = Field()
    def __init__(self, a):
        self.a = a

m = Model(5)
print(m.a, m.b, Model.a.name, Model.b.private)
m.b = 'bee'
print(m.b, vars(m))

f = Field()
class Later:
    pass
Later.x = f
print(hasattr(f, 'name'))
