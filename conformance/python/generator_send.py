def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("again", repr(e))

def avg():
    total, n, mean = 0, 0, None
    while True:
        v = yield mean
        total += v
        n += 1
        mean = total / n
a = avg()
a.send(None)
print(a.send(10), a.send(20), a.send(0))
g = echo()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
for args in [(), (1, 2)]:
    try:
        g.send(*args)
    except TypeError as e:
        print(e)
def gen():
    yield 1
print(type(gen()).__name__, gen().__name__, gen().__qualname__, gen().gi_running)
