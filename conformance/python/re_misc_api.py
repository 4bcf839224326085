import re

print(re.Pattern, re.Match)
print(isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match))
print(type(re.compile('a')) is re.Pattern)
print(callable(re.compile('a').match))
for f in [lambda: re.compile(1), lambda: re.match('a', 1), lambda: re.search('a', None),
          lambda: re.compile('a').match(), lambda: re.compile('a').match('a', 0, 1, 2),
          lambda: re.compile('a').sub('b'),
          lambda: re.compile('a').split('a', 'x')]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(re.compile('a').match(string='a'))
print(re.compile('a').search('ba', pos=1))
print(re.search(pattern='a', string='ba'))
print(re.sub(pattern='a', repl='b', string='aa', count=1))
for cls in [re.Pattern, re.Match]:
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(re.compile('a').scanner('a')), type(re.finditer('a', 'a')))
