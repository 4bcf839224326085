import re

p = re.compile(r'\d+|\s+|[a-z]+')
sc = p.scanner('ab 12 cd')
print(sc.pattern is p)
while True:
    m = sc.match()
    if m is None:
        break
    print(m.group(), m.span(), m.lastindex)
print(sc.match())
sc = re.compile('x').scanner('axbx')
print(sc.search().span(), sc.search().span(), sc.search())
sc = re.compile('x').scanner('axbx')
print(sc.match())
print(sc.search())
sc = re.compile('a').scanner('aaa', 1, 2)
print(sc.search(), sc.search())
