def a():
    x = 'a'
    def b():
        nonlocal x
        x = x + 'b'
        def c():
            nonlocal x
            x = x + 'c'
            def d():
                return x
            return d()
        return c()
    r = b()
    return r, x
print(a())

def shadow():
    x = 1
    def inner():
        x = 2
        def inner2():
            nonlocal x
            x = 3
        inner2()
        return x
    return inner(), x
print(shadow())

def loop_nl():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_nl())

def cell_param(v):
    def get():
        return v
    v = v * 2
    return get()
print(cell_param(21))

def del_nonlocal():
    y = 5
    def f():
        nonlocal y
        del y
    f()
    try:
        return y
    except NameError as e:
        return 'NameError ' + str(e)
print(del_nonlocal())
