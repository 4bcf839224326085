def count(n):
    for i in range(n):
        yield i
g = count(3)
print(iter(g) is g, g.__iter__() is g, g.__next__(), next(g), list(g), list(g))
try:
    g.__next__()
except StopIteration as e:
    print("StopIteration", e.args)

def delegate():
    r = yield from count(2)
    print("inner returned", r)
    yield from ["a", "b"]
    return "done"
print(list(delegate()))

def inner():
    x = yield "first"
    print("inner got", x)
    y = yield "second"
    return x, y
def outer():
    result = yield from inner()
    print("result", result)
    yield "after"
o = outer()
print(next(o), o.send(1), o.send(2))

def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def running():
    yield gen_ref.gi_running
gen_ref = running()
print(next(gen_ref), gen_ref.gi_running)

def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(sum(x * x for x in range(4)), max((c for c in "hello")), sorted(count(4), reverse=True))
