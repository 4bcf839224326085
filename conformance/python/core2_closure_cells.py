def counter_factory():
    counters = []
    for i in range(3):
        def make(start=i):
            count = start
            def inc():
                nonlocal count
                count += 1
                return count
            return inc
        counters.append(make())
    return counters
cs = counter_factory()
print([c() for c in cs], [c() for c in cs])

def shared():
    x = 0
    def get():
        return x
    def put(v):
        nonlocal x
        x = v
    return get, put
get, put = shared()
put(42)
print(get())
print(get.__closure__ is not None, len(get.__closure__), get.__closure__[0].cell_contents)
print(len.__class__.__name__, (lambda: 0).__closure__)

def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(outer()(), outer().__code__.co_freevars)

def loop_cells():
    fs = []
    for i in range(3):
        j = i * 10
        fs.append(lambda: (i, j))
    return [f() for f in fs]
print(loop_cells())

def param_cell(x):
    def f():
        return x
    x += 1
    return f()
print(param_cell(1))

class Holder:
    def method(self):
        value = 'captured'
        class Local:
            def get(self):
                return value
        return Local().get()
print(Holder().method())
