[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
[x for x in y if x for z in x if z]
[(x, y) for x, y in z]
[x for (x, y) in z]
[x for [x, y] in z]
[x for x, in z]
[x for *x, y in z]
[x.a for x.a in y]
[x for x[0] in y]
{x for x in y}
{x: y for x, y in z}
{x: y for x in z for y in x}
(x for x in y)
(x for x in y if x)
f(x for x in y)
f((x for x in y), 1)
sum(x * x for x in range(10))
[x for x in (a if b else c)]
[x for x in a or b]
[lambda: x for x in y]
[x if x else y for x in z]
[(x := i) for i in y]
[x for x in y if (z := x)]
[[x for x in y] for y in z]
{k: [v for v in vs] for k, vs in d.items()}
[await x for x in y]
async def f():
    [x async for x in y]
    [x async for x in y async for z in x]
    {x async for x in y}
    {k: v async for k, v in y}
    (x async for x in y)
    [x for x in y async for z in x]
[*a, *b]
{*a, *b}
{**a, **b}
{**a, 'b': 1, **c}
[1, 2, 3,]
{1, 2, 3,}
{1: 2, 3: 4,}
[]
{}
{1}
{x: y}
[
    1,
    2,
]
