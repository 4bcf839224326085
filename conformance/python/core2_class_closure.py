def outer():
    v = 'outer v'
    class C:
        a = v
        def m(self):
            return v
        b = [v for _ in range(2)]
    return C

C = outer()
print(C.a, C().m(), C.b)

x = 'global'
class D:
    x = 'class'
    y = [x for _ in range(1)]
    z = x
print(D.y, D.z)

def f():
    x = 'f local'
    class E:
        print(x)
        x = 'E attr'
        print(x)
    return E.x
print(f())

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
print([Counter().id for _ in range(3)], Counter.count)

def make(n):
    class Inner:
        def get(self):
            return n
    return Inner
print(make(1)().get(), make(2)().get())
print(make(1).__qualname__)
