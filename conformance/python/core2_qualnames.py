class A:
    class B:
        def m(self):
            def inner():
                pass
            return inner
    def f(self):
        class Local:
            pass
        return Local
print(A.__qualname__, A.B.__qualname__, A.B.m.__qualname__, A.B().m().__qualname__)
print(A().f().__qualname__, A.f.__name__, A.B.__name__, A.__module__)
def outer():
    def mid():
        def deep():
            pass
        return deep
    return mid()
print(outer().__qualname__, outer.__qualname__)
g = (i for i in [])
print(g.__name__, g.__qualname__)
def gen():
    yield
print(gen().__qualname__)
print([c.__name__ for c in A.B.__mro__])
print(A.__doc__, outer.__doc__)
class D:
    'Doc string.'
    def m(self):
        'method doc'
print(D.__doc__, D.m.__doc__)
print(repr(A.B), repr(A.B()) [:22])
