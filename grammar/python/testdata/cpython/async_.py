async def f():
    await x
    await f(x)
    await x.y
    r = await x
    r = await x + await y
    r = -await x
    r = await x ** 2
    async with a as b:
        pass
    async with a, b:
        pass
    async with (a as b, c as d):
        pass
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        pass
    return await x
async def g(a, *, b) -> int:
    """Doc."""
    yield await a
@decorator
async def h(): pass
class A:
    async def m(self): pass
    @property
    async def p(self): pass
