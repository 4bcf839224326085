def greet(name, greeting="Hello", *args, punct="!", **kw):
    return f"{greeting}, {name}{punct} {args} {kw}"
print(greet("a"))
print(greet("b", "Hi", 1, 2, punct="?", extra=True))
print(greet(greeting="Yo", name="c"))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3), posonly(1, 2, 3))
def kwonly(*, x, y=2):
    return x + y
print(kwonly(x=1), kwonly(y=10, x=1))
args = (1, 2)
kw = {"c": 3}
print(posonly(*args, **kw))
f = lambda x, y=1: x * y
print(f(3), f(3, 4), (lambda: "no args")())
def defaults_shared(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_shared(1), defaults_shared(2))
print(greet.__name__, f.__name__, kwonly.__defaults__, kwonly.__kwdefaults__)
