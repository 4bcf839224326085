import re

print(re.match('abc', 'abcdef'))
print(repr(re.match('', 'abc')))
print(re.search('b', 'abc'))
print(re.match(b'ab', b'abc'))
print(re.match('.*', 'x' * 100))
print(re.match('.*', "it's"))
print(re.match('.*', 'a"b\'c'))
print(re.match('.*', 'tab\there'))
print(re.match('.*', 'é' * 60))
print(re.match(b'.*', b'\x00\xff' * 30, re.S))
m = re.match('a', 'a')
print(bool(m), not m, str(m) == repr(m))
print(type(m).__name__, type(m))
if re.match('z', 'a'):
    print('match')
else:
    print('no match')
print(re.match('z', 'a') is None)
