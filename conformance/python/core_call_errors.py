def f(a, b, c=3, *, d):
    pass
for call in [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, e=5),
    lambda: f(1, 2, a=1, d=1),
    lambda: f(),
]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, /, b):
    pass
try:
    g(a=1, b=2)
except TypeError as e:
    print(e)
def h(x):
    pass
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
class C:
    def m(self, x):
        pass
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    (1)()
except TypeError as e:
    print(e)
