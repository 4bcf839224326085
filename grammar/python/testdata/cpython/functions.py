def f(): pass
def f(a): return a
def f(a, b): pass
def f(a, b=1): pass
def f(a=1, b=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *args, b, c=3, **kwargs): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b=1, /, c=2): pass
def f(a, /, *, b): pass
def f(a=1, /, *args, b, **kw): pass
def f(a,): pass
def f(a, b,): pass
def f(*args,): pass
def f(**kwargs,): pass
def f(a: int, b: str = "x", *args: tuple, c: float, **kwargs: dict) -> None: pass
def f(*args: *Ts): pass
def f(*args: *tuple[int, ...]): pass
def f(a: "forward") -> "Ret": pass
def f(a: lambda: 1 = lambda: 2): pass
def f() -> int:
    return 1
def f():
    """Docstring."""
def f():
    '''Docstring
    on several lines.'''
    return
def f(
    a,
    b=2,
    *c,
    d,
    **e,
):
    pass
def gen():
    yield
    yield 1
    yield 1, 2
    yield from other()
    x = yield
    x = yield 1
    x = yield from y
    await_ = (yield)
    f((yield))
    return (yield x)
@decorator
def f(): pass
@decorator()
@decorator.attr
@decorator.attr(1, k=2)
def f(): pass
@a[0]
@(lambda f: f)
@x if y else z
@x := y
def f(): pass
lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda *a: a
lambda **k: k
lambda *a, **k: 0
lambda *, k: k
lambda a, /, b: 0
lambda a=1, /, b=2, *, c=3: 0
lambda a,: a
lambda: (yield)
lambda: lambda: 0
f = lambda x: (x, x)
def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
def f(a, b): return a if b else f(b, a)


# Keyword-only parameters after a bare * may be annotated, defaulted and
# followed by **kwargs.
def kwonly_annotated(a, *, sep: Optional[str] = None, **kw):
    return sep


def kwonly_then_kwargs(*, a, **kw):
    pass


kwonly_lambda = lambda *, a=1, **k: a
