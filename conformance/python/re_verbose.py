import re

pat = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d{2})  # month
    -
    (?P<day>\d{2})    # day
""", re.VERBOSE)
m = pat.match('2024-03-15')
print(m.groupdict())
print(pat.groups, pat.groupindex)
print(re.match(r'(?x) a \  b [ ] c \#', 'a b c#'))
print(re.match(r'''(?x)
    [a-z]+   # letters
    \d*      # digits
''', 'abc123'))
try:
    re.compile('(?x)a\n(', re.X)
except re.error as e:
    print(e, e.lineno, e.colno)
