class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(f"{what} not found")
        self.code = code
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args, str(e))
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(Exception()))
try:
    try:
        raise TypeError("x")
    except (ValueError, TypeError) as e:
        print("caught", type(e).__name__)
        raise
except TypeError as e:
    print("reraised", e)
try:
    raise 42
except TypeError as e:
    print(e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), NotFound.__mro__)
class Silent(Exception):
    def __str__(self):
        return "custom str"
print(str(Silent()), repr(Silent("x")))
