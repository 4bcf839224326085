def ctx(e):
    return type(e.__context__).__name__ if e.__context__ else None

def gen_raises():
    yield 1
    raise ValueError('in gen')

try:
    raise KeyError('caller')
except KeyError:
    g = gen_raises()
    next(g)
    try:
        next(g)
    except ValueError as e:
        print('context of gen error:', ctx(e))

def gen_yield_in_except():
    try:
        raise TypeError('gen handling')
    except TypeError:
        yield 'in except'
        try:
            raise IndexError('after resume')
        except IndexError as e:
            yield ctx(e)

g = gen_yield_in_except()
print(next(g))
try:
    raise KeyError('between')
except KeyError:
    print(next(g))

def bare_raise_gen():
    try:
        raise OSError('stored')
    except OSError:
        yield 'paused'
        raise
g = bare_raise_gen()
next(g)
try:
    next(g)
except OSError as e:
    print('bare raise in gen re-raised', e)

def no_active():
    yield 1
    raise
g = no_active()
next(g)
try:
    raise KeyError('outer active')
except KeyError:
    try:
        next(g)
    except Exception as e:
        print(type(e).__name__, e)

def gen_context_from_throw():
    try:
        yield
    except ValueError:
        raise TypeError('converted')
g = gen_context_from_throw()
next(g)
try:
    g.throw(ValueError('thrown'))
except TypeError as e:
    print('throw context:', ctx(e))

def yields_in_finally():
    try:
        yield 'body'
        raise KeyError('pending')
    finally:
        yield 'in finally'
        print('finally resumes')
g = yields_in_finally()
print(next(g), next(g))
try:
    next(g)
except KeyError as e:
    print('pending exception resumes', e)

def context_after_caller_handler():
    yield 1
    try:
        raise ValueError('late')
    except ValueError as e:
        yield ctx(e)
g = context_after_caller_handler()
try:
    raise KeyError('caller handling')
except KeyError:
    next(g)
print(next(g))

class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit sees', t.__name__ if t else None, ctx(v) if v else None)
        return False

def gen_with():
    with CM():
        try:
            raise TypeError('inner')
        except TypeError:
            yield 'suspended in handler inside with'
            raise ValueError('from handler')
g = gen_with()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('escaped', e, ctx(e))
