class A:
    def who(self):
        return 'A'
    @classmethod
    def cwho(cls):
        return 'A.cwho(' + cls.__name__ + ')'

class B(A):
    def who(self):
        inner = lambda: super(B, self).who()
        comp = ['no super in comprehensions']
        def nested():
            return super(B, self).who()
        return 'B', inner(), comp, nested()
    @classmethod
    def cwho(cls):
        return 'B+' + super().cwho()
    def gen(self):
        yield super().who()
        yield __class__.__name__

b = B()
print(b.who(), B.cwho(), list(b.gen()))

class C(B):
    pass
print(C().who(), C.cwho())

def broken(self):
    return super().who()
try:
    B.broken = broken
    b.broken()
except RuntimeError as e:
    print('RuntimeError', e)

class D(A):
    def m(self):
        return super()
s = D().m()
print(type(s).__name__, s.who())
try:
    super(D, 1)
except TypeError as e:
    print('TypeError', e)
class E(A):
    def who(self):
        return 'E>' + super().who()
    @staticmethod
    def st():
        try:
            return super().who()
        except RuntimeError as e:
            return 'RuntimeError ' + str(e)
print(E().who(), E.st())
print(super(E, E()).who())
