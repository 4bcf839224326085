s = list(range(10))
print(s[::-1], s[::-3], s[8:2:-2], s[-3:], s[:-7], s[100:], s[-100:2])
print('abcdef'[::-1], 'abcdef'[1::2], (1, 2, 3)[::-1])
t = s[:]
t[2:5] = ['a', 'b']
print(t)
t[1:1] = [99, 98]
print(t)
t[::2] = range(len(t[::2]))
print(t)
try:
    t[::2] = [1]
except ValueError as e:
    print('ValueError', e)
del t[::3]
print(t)
del t[1:3]
print(t)
t[:] = []
print(t)
sl = slice(1, None, 2)
print(s[sl], sl.start, sl.stop, sl.step, sl.indices(10))
print(s[slice(3)], s[slice(None)])
r = range(20)[3:15:4]
print(r, list(r), range(10)[::-1])
b = b'hello'
print(b[1:3], b[::-1], b[0])
try:
    s[1.5:2]
except TypeError as e:
    print('TypeError', e)
print(s[True:3])
