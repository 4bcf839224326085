def fib(n):
    if n < 2:
        return n
    return fib(n-1) + fib(n-2)

print(fib(20))
x = [i*i for i in range(10) if i % 2]
print(x, len(x))
d = {"a": 1, "b": [1, 2.5, None, True]}
print(d)
s = 0
for i in range(1000):
    s += i
print(s, 2**100, -7 // 2, -7 % 2, 7 / 2)
class A:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"A({self.v!r})"
class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
print(A(1), B("x"), [A(3)])
def gen(n):
    for i in range(n):
        yield i * 10
print(list(gen(4)), sum(x for x in range(5)) if False else 0)
try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
finally:
    print("finally")
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer()
print(f(), f())
print({3, 1, 2}, {"k": v for v in (1, 2)} if False else None)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
