import re

p = re.compile(r'(\w)(\w)')
m = p.search('  ab  ', 1, 5)
print(m.pos, m.endpos, repr(m.string), m.re is p, m.re.pattern)
print(m.lastindex, m.lastgroup, m.regs)
m = re.match('a', 'a')
print(m.pos, m.endpos)
print(m.__copy__() is m, m.__deepcopy__({}) is m)
print(p.__copy__() is p, p.__deepcopy__(None) is p)
try:
    m.pos = 3
except AttributeError as e:
    print(type(e).__name__)
