import re

calls = []
def repl(m):
    calls.append(m.span())
    return '<' + m.group() + '>'

print(re.sub(r'\d+', repl, 'a1b22c333'))
print(calls)
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), '1 2 3'))
print(re.sub('x', lambda m: None, 'axbxc'))
print(re.sub('(a)|(b)', lambda m: str(m.lastindex), 'abab'))
print(re.subn('a', lambda m: 'A', 'banana'))
print(re.subn('a', lambda m: 'A', 'banana', count=2))
print(re.sub(b'a', lambda m: b'<' + m.group() + b'>', b'cat'))
class R:
    def __call__(self, m):
        return m.group() * 3
print(re.sub('b', R(), 'abc'))
print(re.sub('b', len, 'abc') if False else 'skip')
def pos_and_string(m):
    return '%d/%d' % (m.pos, m.endpos)
print(re.sub('b', pos_and_string, 'abcb'))
seen = []
def outer(m):
    seen.append(re.sub('x', 'y', m.group()))
    return seen[-1]
print(re.sub('[a-z]+', outer, 'axb cxd'), seen)
