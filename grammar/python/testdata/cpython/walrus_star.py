(x := 1)
y = (x := 1)
if x := f(): pass
while (line := read()): pass
print(x := 1)
print(a, x := 1, b)
[y := 1, y ** 2]
{(x := 1), 2}
f(*a)
f(**k)
f(*a, *b, **c, **d)
f(a, *b, c=1, *d, **e)
f(*a, b)
f(a=1, *b)
a, *b = c
*a, b = c
[*a] = c
(*a,) = c
a, (*b, c) = d
x = *a, *b
x = *a,
print(*a, sep="")
return_ = [*a, *b]
{*a}
