# Edge cases of the grammar, one statement each (their invalid
# neighbours are testdata/cpython-errors/edge_*.py).
f(x for x in y)
f((x for x in y), )
x = yield
x = *a
x = *a,
x = [*a]
print(*a)
a[*b] = 1
del (a), [b]
del a,
for x in *a, *b: pass
for x in *a: pass
with a as b, c as d: pass
with (a as b): pass
with (a, b as c): pass
with (a, *b): pass
with (*a, b): pass
lambda: (yield)
lambda x=1, /, y=2: 0
lambda x, /: 0
lambda *, x: 0
def f(*, a=1, b): pass
def f(a=1, /, b=2): pass
def f(*args: *Ts): pass
x[::]
x[a:=1]
x[(a:=1):2]
{a := 1}
{a := 1, b}
[a := 1 for a in b]
(a := 1 for a in b)
f(a := 1)
f(a = 1)
match x:
 case {**rest, }: pass
match x:
 case [*_, *_]: pass
match x:
 case (a as b) as c: pass
match x:
 case -1j: pass
match x:
 case "a" f"b": pass
match x:
 case a.b(): pass
match x:
 case a(): pass
match x:
 case a.b.c: pass
match x:
 case None | True: pass
match x:
 case {None: _}: pass
match x:
 case {a.b: _}: pass
match x:
 case {-1: _}: pass
match x:
 case C(a=1, b=2,): pass
match x:
 case C(1, 2,): pass
match x:
 case (): pass
match x:
 case *a, *b: pass
match x, *y:
 case _: pass
match *x, y:
 case _: pass
match x if y else z:
 case _: pass
match lambda: 1:
 case _: pass
try:
 pass
except* (A, B):
 pass
x = 1 if 2 else 3 if 4 else 5
x = not 1 if 2 else 3
x = lambda: 1 if 2 else 3
x = a and not b
x = a < b < c
x = (a, b) = c
x, = y
() = x
[] = x
(a) += 1
a.b += 1
a[0] += 1
x @= 1
x = a @ b
x = -await a
await a ** 2
x = [i async for i in y]
x = {**a, b: c}
x = {a: b, **c, d: e}
import a.b.c as d
from a import (b)
from a import (b,)
from a import (b, c as d)
from . import *
from ...a.b import c
from .... import a
nonlocal a
return a, *b
return *a, b
yield a, *b
yield *a
x = yield *a, b
def f(): pass
def f(): pass
def f(): pass
def f(): pass
async def f(): await x
async with a: pass
async for a in b: pass
x = 1_000j
x = 1.e5
x = 1e5j
x = .5j
while x: pass
else: pass
for x in y: pass
else: pass
class A(B, metaclass=C, **d): pass
class A(*b, c=1): pass
class A(): pass
x = a.b.c.d
x = a .b
x = 1 .real
print(x), y
