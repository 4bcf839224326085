import re

print(re.match('(a)b', 'ab').lastindex)
print(re.match('((a)b)', 'ab').lastindex)
print(re.match('(a)(b)', 'ab').lastindex)
print(re.match('ab', 'ab').lastindex)
print(re.match('(?P<x>a)(?P<y>b)', 'ab').lastgroup)
print(re.match('(?P<x>a)(b)', 'ab').lastgroup)
print(re.match('(?P<x>(a)b)', 'ab').lastgroup)
print(re.match('(a)|(b)', 'b').lastindex)
print(re.match('(a)?b', 'b').lastindex)
print(re.match('ab', 'ab').lastgroup)
print(re.match('(?P<o>(?P<i>a))', 'a').lastgroup)
