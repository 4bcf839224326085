def repeat(n):
    def deco(f):
        def wrapper(*args, **kwargs):
            return [f(*args, **kwargs) for _ in range(n)]
        wrapper.__name__ = f.__name__
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'), hello.__name__)

def tag(t):
    def deco(f):
        f.tag = t
        return f
    return deco

@tag('a')
@tag('b')
def both():
    pass
print(both.tag)

log = []
def trace(f):
    log.append('decorating ' + f.__name__)
    def w(*a):
        log.append('call ' + f.__name__)
        return f(*a)
    return w

@trace
def one(x):
    return x + 1
print(one(1), log)

def order(label):
    print('eval', label)
    def d(f):
        print('apply', label)
        return f
    return d

@order('outer')
@order('inner')
def fn():
    pass

class Reg:
    items = {}
    @classmethod
    def register(cls, name):
        def d(f):
            cls.items[name] = f
            return f
        return d

@Reg.register('sq')
def sq(x):
    return x * x
print(Reg.items['sq'](5))
dec = [lambda f: f]
@dec[0]
def indexed():
    return 'indexed ok'
print(indexed())
