def count_up(n):
    i = 0
    while i < n:
        received = yield i
        if received:
            i = received
        else:
            i += 1
    return "done"
g = count_up(5)
print(next(g), next(g), g.send(3) if hasattr(g, "send") else "", list(g))
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("got", r)
    yield 3
print(list(outer()))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def early():
    yield 1
    return
    yield 2
print(list(early()))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
def with_return():
    yield 1
    return 42
it = with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
