class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        print('Base setter', val)
        self._v = val

class Child(Base):
    @property
    def v(self):
        return super().v * 10
    @v.setter
    def v(self, val):
        print('Child setter', val)
        Base.v.fset(self, val + 1)

c = Child()
print(c.v)
c.v = 5
print(c.v, c._v)

class RO:
    @property
    def x(self):
        return 'ro'
try:
    RO().x = 1
except AttributeError as e:
    print('AttributeError', e)

class WithDel:
    def __init__(self):
        self._d = 'here'
    def getd(self):
        return self._d
    def deld(self):
        print('deleting')
        del self._d
    d = property(getd, None, deld, 'the d')
w = WithDel()
print(w.d)
del w.d
print(hasattr(w, '_d'), WithDel.d.__doc__)
print(type(Base.v).__name__, Base.v.fget is not None, Base.v.fdel)
