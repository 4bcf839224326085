def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
g = 1
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
def shadow():
    g = 100
    return g
print(shadow(), g)
def unbound():
    print(v)
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
