import re

for f in [lambda: re.compile('a', re.L),
          lambda: re.compile('a', re.A | re.U),
          lambda: re.compile(b'a', re.U),
          lambda: re.compile('(?L)a'),
          lambda: re.compile('(?a)(?u)a'),
          lambda: re.compile(b'(?u)a'),
          lambda: re.compile('a(?i)'),
          lambda: re.compile('(?z)a'),
          lambda: re.compile('(?i-i:a)'),
          lambda: re.compile('(?-a:a)'),
          ]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
