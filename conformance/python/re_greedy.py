import re

s = '<a><b><c>'
print(re.match('<.*>', s).group())
print(re.match('<.*?>', s).group())
print(re.findall('<.+?>', s))
print(re.match('a{2,}', 'aaaa').group(), re.match('a{2,}?', 'aaaa').group())
print(re.match('a{,2}', 'aaaa').group(), re.match('a{3}', 'aaaa').group())
print(re.match('(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match('(a+)(a+)', 'aaaa').groups())
print(re.match('(a+?)(a+)', 'aaaa').groups())
print(re.match('(a*)*', 'b').groups())
print(re.match('(a*)+', 'b').groups())
print(re.match('(a|b)*?c', 'abac').groups())
print(re.match(r'(\w+?)(\d*)$', 'abc123').groups())
print(re.match('x++', 'xxx'), re.match('x?+x', 'x'))
print(re.match('(?:ab)*+a', 'ababa'))
