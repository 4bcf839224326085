a = 'global a'

def meth():
    def v2():
        global a
        f = lambda: a
        def deeper():
            return a
        return a, f(), deeper()
    print(v2())
    a = 'local a'
    return a
print(meth())

def meth2():
    a = 'meth2 local'
    def v2():
        global a
        def inner():
            return a
        return inner()
    def v3():
        return a
    return v2(), v3()
print(meth2())

def writer():
    a = 'writer local'
    def setter():
        global a
        def show():
            return a
        a = 'set by setter'
        return show()
    return setter(), a
print(writer(), a)

def outer():
    global g
    def g():
        return 'g'
    class K:
        def m(self):
            return 'm'
    return K
print(outer().__qualname__, g.__qualname__, outer().m.__qualname__)
print([(lambda: 0).__qualname__ for _ in range(1)])
print([[(lambda: 0).__qualname__ for _ in range(1)] for _ in range(1)])
def f():
    return [(lambda: 0) for _ in range(1)][0].__qualname__, (x for x in [])
q, gen = f()
print(q, repr(gen)[:40])
class C:
    global H
    class H:
        pass
print(H.__qualname__)
