x = "global"
def f():
    return x
def g():
    x = "local"
    return f(), x
print(g())
class C:
    x = "class"
    def m(self):
        return x
    y = x + "!"
print(C().m(), C.y, C.x)
def outer():
    x = "enclosing"
    class Inner:
        y = x
        def m(self):
            return x
    return Inner.y, Inner().m()
print(outer())
def counter():
    c = 0
    def bump():
        nonlocal c
        c += 1
    for _ in range(3):
        bump()
    return c
print(counter())
if True:
    z = "block scope leaks"
print(z)
for loop_var in range(3):
    pass
print(loop_var)
try:
    del x
    print(x)
except NameError as e:
    print(e)
