fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])

fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])

fs = [lambda: j for j in range(3)]
print([f() for f in fs])

fs = [(lambda k: lambda: k)(j) for j in range(3)]
print([f() for f in fs])

def make():
    acc = []
    for i in range(3):
        def f(x, i=i):
            return x + i
        acc.append(f)
    return acc
print([f(10) for f in make()])

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1())

def late():
    fs = []
    x = 1
    fs.append(lambda: x)
    x = 2
    return fs[0]()
print(late())
