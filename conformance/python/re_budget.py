import re

# Patterns that backtrack a lot but finish.
print(re.match(r'(a+)+b', 'a' * 18))
print(re.match(r'(a|aa)+$', 'a' * 25 + 'b'))
print(re.search(r'(x+x+)+y', 'x' * 16))
print(len(re.findall(r'\w', 'ab' * 5000)))
print(re.sub('a', 'b', 'a' * 10000)[:5])
print(re.match('(?:a|b)*c', 'ab' * 20000 + 'c').end())
