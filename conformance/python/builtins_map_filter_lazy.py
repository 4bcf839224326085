log = []
def f(x):
    log.append(("f", x))
    return x * 2
def p(x):
    log.append(("p", x))
    return x % 2 == 0
m = map(f, filter(p, range(6)))
print(log)
print(next(m), log)
print(list(m), log)
z = zip(map(f, [1, 2, 3]), map(f, [10]))
print(list(z), log[-3:])
src = [1, 2, 3]
m = map(lambda x: x + 100, src)
src.append(4)
print(list(m))
e = enumerate(src)
src.clear()
print(list(e))
