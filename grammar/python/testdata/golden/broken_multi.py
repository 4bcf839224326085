import os
x = (1 2)
y = 3
def f(a=1, b):
    return a +
z = [1, 2
class A:
    def m(self)
        pass
    value = 1
w = f"{}" + "ok"
if x = 1:
    pass
last = "end"
