class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    other = 2
    def __init__(self):
        self.inst = 3

print(dir(A()))
print([n for n in dir(B()) if n[:2] != "__"])
print([n for n in dir(B) if n[:2] != "__"])
print("inst" in dir(B()), "inst" in dir(B))

class D:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(D()))

def f(a, b=2):
    c = a + b
    print(dir())
f(1)

def g():
    x = 1
    def h():
        return x
    print(dir())
g()
print("append" in dir([]), "keys" in dir({}), "bit_length" in dir(5))
try:
    dir(1, 2)
except TypeError as e:
    print(e)
