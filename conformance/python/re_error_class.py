import re

e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('bad', 'abc', 1)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('bad', 'a\nbc', 3)
print(e, e.lineno, e.colno)
e = re.error('bad', b'a\nbc', 3)
print(e, e.lineno, e.colno)
e = re.error('bad', pos=3)
print(e, e.pos, e.lineno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    raise re.error('custom', 'xyz', 2)
except re.error as err:
    print('caught', err)
class MyErr(re.error):
    pass
try:
    raise MyErr('sub')
except re.error as err:
    print('caught', type(err).__name__, err, err.msg)
try:
    re.compile('[')
except Exception as err:
    print(type(err).__name__, isinstance(err, re.error), err)
