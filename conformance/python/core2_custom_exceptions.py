class AppError(Exception):
    def __init__(self, code, msg='app failed'):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return '[%d] %s' % (self.code, self.msg)

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, what + ' not found')

try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))

class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain(1)), repr(Plain(1, 2)), str(Plain()), str(Plain('x')), str(Plain(1, 2)))
e = Plain('msg')
e.extra = 5
print(e.extra, e.__dict__)
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr('a')), str(WithRepr('a')))
try:
    raise Plain
except Plain as err:
    print('class raised', repr(err))
try:
    raise 5
except TypeError as err:
    print('TypeError', err)
try:
    raise
except RuntimeError as err:
    print('RuntimeError', err)
class NoArgsInit(Exception):
    def __init__(self):
        pass
print(repr(NoArgsInit()), NoArgsInit().args)
print(issubclass(NotFound, Exception), isinstance(NotFound('x'), AppError))
print(KeyError('k'), repr(KeyError('k')), str(KeyError()), KeyError('a', 'b'))
print(StopIteration(5).value, SystemExit(3).code)
