a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), type(id(a)).__name__)
print(id(a) > 0)
class A:
    pass
x = A()
print(id(x) == id(x), id(A()) != id(x))
try:
    id()
except TypeError as e:
    print(e)
try:
    id(1, 2)
except TypeError as e:
    print(e)
