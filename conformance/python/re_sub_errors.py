import re

tests = [
    lambda: re.sub('a', r'\2', 'a'),
    lambda: re.sub('(a)', r'\2', 'a'),
    lambda: re.sub('a', r'\g<x>', 'a'),
    lambda: re.sub('(?P<x>a)', r'\g<y>', 'a'),
    lambda: re.sub('a', r'\g<1', 'a'),
    lambda: re.sub('a', r'\g<>', 'a'),
    lambda: re.sub('a', r'\g<-1>', 'a'),
    lambda: re.sub('a', '\\', 'a'),
    lambda: re.sub('a', r'\q', 'a'),
    lambda: re.sub('a', r'\q', 'b'),
    lambda: re.sub('a', 1, 'a'),
    lambda: re.sub('a', 'b', 1),
    lambda: re.sub(b'a', 'x', b'a'),
    lambda: re.sub('a', b'x', 'a'),
    lambda: re.sub('a', b'x', 'b'),
    lambda: re.sub('a', lambda m: 1, 'xax'),
    lambda: re.sub(b'a', lambda m: 'x', b'xa'),
    lambda: re.sub('a', lambda m: 1 / 0, 'a'),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
