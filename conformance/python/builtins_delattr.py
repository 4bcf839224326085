class A:
    x = 1
a = A()
a.y = 2
a.z = 3
delattr(a, "y")
print(hasattr(a, "y"), a.z, vars(a))
try:
    delattr(a, "y")
except AttributeError as e:
    print(type(e).__name__, e)
delattr(A, "x")
print(hasattr(A, "x"))
try:
    delattr(A, "x")
except AttributeError as e:
    print(type(e).__name__, e)

class P:
    def __delattr__(self, name):
        print("deleting", name)
delattr(P(), "anything")

for args in [(a,), (a, "z", 1)]:
    try:
        delattr(*args)
    except TypeError as e:
        print(e)
try:
    delattr(a, 5)
except TypeError as e:
    print(e)
try:
    delattr(1, "real")
except AttributeError as e:
    print(type(e).__name__, e)
