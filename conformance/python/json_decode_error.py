import json
e = json.JSONDecodeError("msg", "ab\ncd\nef", 7)
print(e)
print(e.msg, repr(e.doc), e.pos, e.lineno, e.colno, e.args)
print(isinstance(e, ValueError), isinstance(e, json.JSONDecodeError), type(e).__name__)
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.JSONDecodeError.__module__)
print(json.JSONDecodeError.__mro__[1] is ValueError, repr(json.JSONDecodeError("x", "", 0)))
try:
    json.loads('{"a": 1,\n "b": ]}')
except ValueError as e:
    print(type(e).__name__, e.msg, e.lineno, e.colno, e.pos)
class MyError(json.JSONDecodeError):
    pass
m = MyError("bad", "xyz", 2)
print(m, m.colno, isinstance(m, json.JSONDecodeError))
try:
    raise json.JSONDecodeError("Oops", "[1,\n2", 5)
except json.JSONDecodeError as err:
    print(err)
