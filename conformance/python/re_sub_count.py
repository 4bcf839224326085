import re

print(re.sub('a', 'b', 'aaaa', count=2))
print(re.sub('a', 'b', 'aaaa', 1))
print(re.sub('a', 'b', 'aaaa', count=0))
print(re.sub('a', 'b', 'aaaa', count=10))
print(re.subn('a', 'b', 'aaaa', 3))
print(re.subn('x', 'b', 'aaaa'))
print(re.subn('', '-', 'ab'))
print(re.sub('A', 'b', 'aAaA', flags=re.I))
print(re.sub('A', 'b', 'aAaA', 1, re.I))
p = re.compile('a')
print(p.sub('b', 'aaa', 2), p.subn('b', 'aaa'), p.subn('b', 'aaa', count=1))
print(p.sub(repl='c', string='aa'))
s = 'nothing'
print(re.sub('z', 'y', s) is s)
