import re

print(re.match(b'a+', b'aaab'))
print(re.findall(rb'\d+', b'a12b345'))
print(re.sub(rb'\s+', b' ', b'a  b\t\tc'))
print(re.split(rb',\s*', b'a, b,c'))
print(re.match(rb'\w+', b'caf\xe9'))
print(re.match(rb'(?i)caf\xc9', b'caf\xe9'))
print(re.match(b'.', b'\xff').group())
m = re.search(rb'(?P<num>\d+)', b'x42')
print(m.group('num'), m.groupdict(), m.span())
for f in [lambda: re.match(b'a', 'a'), lambda: re.match('a', b'a'),
          lambda: re.compile(b'a').findall('a'), lambda: re.compile('a').split(b'a')]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(re.compile(b'[\x80-\xff]+').findall(b'a\x80\x90b\xffc'))
