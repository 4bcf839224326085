d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 'a', 2: 'b'}
for k in d:
    d[k] = 'changed'
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
l = [1, 2, 3, 4]
for x in l:
    if x % 2:
        l.remove(x)
print(l)
l = [1, 2]
for x in l:
    if len(l) < 5:
        l.append(x * 10)
print(l)
d = {'a': 1}
it = iter(d.items())
d['b'] = 2
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
d = dict.fromkeys(range(3))
for k in list(d):
    del d[k]
print(d)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        if k == 1:
            d.pop(k)
            d[k] = v
except RuntimeError as e:
    print('RuntimeError', e)
print(d)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = d[k] * 10
print(d, list(reversed(d)))
r = reversed(d)
next(r)
d[4] = 4
try:
    next(r)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter(d)
d.pop(1)
d[5] = 5
print(next(it))
