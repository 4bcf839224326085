import re

m = re.search(r'(b+)(x)?(c)', 'aabbbc')
print(m.start(), m.end(), m.span())
print(m.start(1), m.end(1), m.span(1))
print(m.start(2), m.end(2), m.span(2))
print(m.span(3), m.regs)
m = re.search('(?P<w>b+)', 'abbc')
print(m.start('w'), m.end('w'), m.span('w'))
try:
    m.start(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    m.span('zz')
except IndexError as e:
    print(type(e).__name__, e)
m = re.search('é(b)', 'aaébc')
print(m.span(), m.span(1))
m = re.search(b'(b)', b'\xe9b')
print(m.span(), m.group(1))
