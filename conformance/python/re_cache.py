import re

a = re.compile('abc')
b = re.compile('abc')
print(a is b)
c = re.compile('abc', re.I)
print(a is c, a == c)
d = re.compile(b'abc')
print(a is d, a == d)
re.purge()
e = re.compile('abc')
print(a == e, hash(a) == hash(e))
print(a != e, a == 'abc')
print(re.compile(a) is a)
try:
    re.compile(a, re.I)
except ValueError as err:
    print(type(err).__name__, err)
try:
    re.match(a, 'abc', re.I)
except ValueError as err:
    print(type(err).__name__, err)
print(re.match(a, 'abcd'))
for i in range(600):
    re.compile('x%d' % i)
print(re.compile('x5').match('x5'))
