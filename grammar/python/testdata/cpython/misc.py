"""Module docstring."""
...
Ellipsis
x = ...
x[...]
def f(): ...
class A: ...
x = 1; y = 2; z = 3
if x: y = 1; z = 2
for i in x: a; b
while 0: pass;
x = [1,
2,
    3]
x = (
)
x = {
}
x = [
]
print("a", "b", sep="", end="\n", file=None)
print()
x = y if z else w
x.__class__.__name__
x = (1)
x = ((1))
x = (((a, b)))
x = not (a)
r = (yield_ := 1)
a = b = c = d = e = f = 1
x = 1 if y else 2 if z else 3
t = 1,
t = (1, 2, 3)
