import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(x)?', 'Isaac Newton, physicist')
print(m.group())
print(m.group(0), m.group(1), m.group(2))
print(m.group(1, 2), m.group('first', 'last', 0))
print(m.group(3), m.group(1, 3))
print(m['first'], m[2], m[0], m[3])
print(m.group(True))
for bad in [4, -1, 'nope', 1.0, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    m[5]
except IndexError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(m.group(I()), m[I()])
