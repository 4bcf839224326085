import re

print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.MULTILINE))
print(int(re.S), int(re.DOTALL), int(re.X), int(re.VERBOSE))
print(int(re.A), int(re.ASCII), int(re.U), int(re.UNICODE))
print(int(re.L), int(re.LOCALE), int(re.DEBUG), int(re.NOFLAG))
print(int(re.I | re.M), re.I == 2, re.M & re.M == re.M)
print(re.match('abc', 'ABC', re.I))
print(re.match('abc', 'ABC', flags=re.IGNORECASE))
print(re.findall('^x', 'x\nx\nx', re.M))
print(re.findall('^x', 'x\nx\nx'))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S))
print(re.match(r'\w+', 'héllo'), re.match(r'\w+', 'héllo', re.A))
print(re.match(r'''a   # an a
                  b+  # some bs
               ''', 'abbb', re.X))
print(re.match('(?x) a b c', 'abc'))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'))
print(re.match('(?-i:a)b', 'aB', re.I), re.match('(?-i:a)b', 'AB', re.I))
