def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield "recovered"
    yield "end"

it = g()
print(next(it), it.throw(ValueError("boom")), next(it))
it = g()
next(it)
print(it.throw(ValueError))
it = g()
next(it)
print(it.throw(ValueError, "msg"))
it = g()
next(it)
print(it.throw(ValueError, ("a", "b")))
it = g()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(it)
except StopIteration:
    print("finished")
fresh = g()
try:
    fresh.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early", e)
print(list(fresh))

def quiet():
    try:
        yield 1
    except Exception:
        return "handled"
q = quiet()
next(q)
try:
    q.throw(TypeError)
except StopIteration as e:
    print("stop value", e.value)
tests = [
    lambda: g().throw(1),
    lambda: g().throw("x"),
    lambda: g().throw(ValueError("a"), "b"),
    lambda: g().throw(),
    lambda: g().throw(int),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
