import re

it = re.finditer(r'\w+', 'one two  three')
print(type(it).__name__)
print(iter(it) is it)
for m in it:
    print(m.group(), m.span(), m.start(), m.end())
print(list(it))
print([m.span() for m in re.finditer('', 'ab')])
print([m.span() for m in re.finditer('a*', 'baac')])
print([m.group(1) for m in re.finditer('(a)|b', 'ab')])
it = re.compile('x').finditer('xax')
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('done')
print([m.pos for m in re.compile('a').finditer('aaa', 1)])
