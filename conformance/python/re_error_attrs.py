import re

for pat in ['(', 'a)', '[a', '*', 'a{2,1}', '(?P<1>a)', '(?P<a>a)(?P<a>b)', r'\1', 'a**',
            '(?<=a+)b', r'\p', '(?P=x)', 'x\n(', 'ab\ncd\n[', b'(', '[z-a]']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), '->', e)
        print('  ', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
        print('  ', e.args, type(e).__name__, isinstance(e, Exception))
