import re

m = re.match(r'(?P<a>\w+) (\w+)(x)?', 'hello world')
print(m.expand(r'\2 \1'))
print(m.expand(r'\g<a>-\g<2>'))
print(m.expand(r'[\3]'))
print(m.expand(r'\g<0>!'))
print(m.expand('plain'))
print(m.expand(r'\n') == '\n')
for t in [r'\4', r'\g<z>', r'\g<', 'x\\']:
    try:
        m.expand(t)
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
mb = re.match(b'(a)', b'a')
print(mb.expand(br'<\1>'))
