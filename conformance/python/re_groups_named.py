import re

p = re.compile(r'(?P<key>\w+)=(?P<value>[^;]*);?')
print(p.groupindex)
print(p.groups)
print([m.groupdict() for m in p.finditer('a=1;b=2;c=')])
print(p.findall('a=1;b=2'))
d = {}
for m in p.finditer('x=10;y=20'):
    d[m['key']] = int(m['value'])
print(d)
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=b c=d'))
gi = p.groupindex
print(gi['key'], 'value' in gi, len(gi), list(gi))
print(re.match('(?P<a_1>x)(?P<ü>y)', 'xy').groupdict())
