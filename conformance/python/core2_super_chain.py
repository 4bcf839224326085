class A:
    def hello(self):
        return 'A'
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def st():
        return 'static A'

class B(A):
    def hello(self):
        return 'B>' + super().hello()
    @classmethod
    def make(cls):
        return 'B:' + super().make()

class C(B):
    def hello(self):
        return 'C>' + super().hello()
    def explicit(self):
        return super(B, self).hello()
    def st2(self):
        return super().st()

c = C()
print(c.hello(), C.make(), c.explicit(), c.st2())

class Init:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
class Init2(Init):
    def __init__(self, *args, extra=0, **kw):
        super().__init__(*args, **kw)
        self.extra = extra
o = Init2(1, b=3, extra=9)
print(o.a, o.b, o.extra)

class Base:
    def __init__(self):
        print('Base init')
class Mid(Base):
    pass
class Leaf(Mid):
    def __init__(self):
        print('Leaf init')
        super().__init__()
Leaf()
def outside(self):
    return 'outside'
class Z(A):
    def inner(self):
        f = lambda: super(Z, self).hello()
        return f()
print(Z().inner())
