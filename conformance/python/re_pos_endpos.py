import re

p = re.compile(r'\d+')
s = '12 ab 345 cd 6789'
print(p.match(s, 3), p.match(s, 6), p.search(s, 3))
print(p.search(s, 6, 8))
print(p.search(s, 6, 7))
print(p.fullmatch(s, 6, 9), p.fullmatch(s, 6, 10))
print(p.findall(s, 3), p.findall(s, 0, 8))
print([m.span() for m in p.finditer(s, 4, 14)])
print(p.search(s, -5), p.search(s, 100), p.search(s, 5, 2))
print(p.match(s, endpos=2), p.match(s, pos=1, endpos=2))
m = p.search(s, 4, 12)
print(m.pos, m.endpos, m.string, m.re is p)
m = re.compile('^a').search('ba', 1)
print(m)
m = re.compile('a$').search('ab', 0, 1)
print(m)
m = re.compile(r'\ba').search('ba', 1)
print(m)
try:
    p.search(s, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.search(s, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
