class CM:
    def __init__(self, name, exit_result=None, fail_enter=False, fail_exit=False):
        self.name = name
        self.exit_result = exit_result
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError('enter failed ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v, tb is not None)
        if self.fail_exit:
            raise KeyError('exit failed ' + self.name)
        return self.exit_result

for kw in [dict(exit_result=1), dict(exit_result='yes'), dict(exit_result=0), dict(exit_result=[]), dict(fail_exit=True)]:
    try:
        with CM('x', **kw):
            raise ValueError('body')
        print('suppressed')
    except Exception as e:
        print('escaped', type(e).__name__, e, type(e.__context__).__name__ if e.__context__ else None)

try:
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        print('never')
except RuntimeError as e:
    print('RuntimeError', e)

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

def f():
    with CM('ret', exit_result=True):
        return 'returned through suppressing exit'
print(f())
def g():
    for i in range(3):
        with CM('loop%d' % i, exit_result=True):
            if i == 1:
                raise ValueError('swallowed')
            if i == 2:
                break
    return i
print(g())
with CM('outer') as o:
    with CM('inner', exit_result=True):
        1 / 0
    print('after inner')
