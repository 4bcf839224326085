class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print('creating')
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print('TypeError', e)

class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print('TypeError', e)
class InitArgs:
    def __init__(self, a):
        self.a = a
try:
    InitArgs()
except TypeError as e:
    print('TypeError', e)
try:
    InitArgs(1, 2)
except TypeError as e:
    print('TypeError', e)
class NewOnly:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
print(NewOnly(7).x)
class Child(NewOnly):
    def __init__(self, x):
        self.y = x * 2
c = Child(3)
print(c.x, c.y)
class WithCall:
    def __call__(self, x):
        return x + 1
print(WithCall()(1))
