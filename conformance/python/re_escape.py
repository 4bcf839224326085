import re

print(re.escape('hello'))
print(re.escape('a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o'))
print(re.escape('a b\tc\nd'))
print(re.escape('-&~#'))
print(re.escape('_!@%=:;,<>/"\''))
print(re.escape('éà'))
print(re.escape(b'a.b*c'))
print(re.escape(''))
s = 'x.y[z]'
print(re.match(re.escape(s), s))
print(re.findall(re.escape('1+1'), '1+1=2, 1+1'))
