if a:
    pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
elif b: pass
else: pass
if (x := f()):
    pass
while x:
    x -= 1
while x:
    break
else:
    pass
while (y := g()): pass
for x in y:
    continue
for x, y in z:
    pass
for (x, y) in z:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
for x, in y:
    pass
for x in y:
    pass
else:
    pass
for x.attr in y: pass
for x[0] in y: pass
for [a, *b] in c: pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
try:
    pass
except E as e:
    pass
except (A, B) as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
try:
    pass
except* (A, B) as eg:
    pass
except* C:
    pass
else:
    pass
finally:
    pass
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c:
    pass
with a as b[0]:
    pass
with (a):
    pass
with (a as b):
    pass
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (
    open("a") as a,
    open("b") as b,
):
    pass
with (a, b) as c:
    pass
with (a, b) as c, d:
    pass
with (yield):
    pass
with (x := 1, y):
    pass
with (x := 1):
    pass
with f(x) as y, g() as z: pass
with a: pass
if a:
    if b:
        if c:
            pass
        else:
            pass
    elif d:
        pass
x = 1
