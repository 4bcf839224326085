# Simple statements and names.
x = 1
y = x
a = b = c = 3
a, b = b, a
(a, b) = 1, 2
[a, b] = [1, 2]
a, *rest = range(10)
*head, tail = range(3)
(x) = 5
((x)) = 6
obj.attr = 1
obj.attr.sub = 2
seq[0] = 3
seq[1:2] = [4]
d["k"]["j"] = 5
x: int
x: int = 5
(y): str = "a"
obj.attr: float = 1.0
seq[0]: int
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 3
x **= 2
x @= m
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
obj.n += 1
seq[0] -= 1
del x
del x, y
del (a, b), [c]
del obj.attr, seq[0], seq[1:2]
pass
x = None
x = True
x = False
x = ...
x = y = z = None
assert x
assert x, "message"
assert (x, y)
raise
raise ValueError
raise ValueError("bad") from None
raise E from e
return_value = 1; other = 2; pass
x = 1;
global_name = 1
def f():
    global a, b
    global c
    x = 1
    def g():
        nonlocal x
        x = 2
        return x
    return g
def h():
    return
def k():
    return 1, 2
def m():
    return *a, *b
