l = []
l.append(1)
l.append([2])
l.append(l is None)
print(l, len(l))
l.extend([3, 4])
l.extend((5,))
l.extend("ab")
l.extend(range(2))
l.extend({7: 0})
l.extend(x * 2 for x in range(3))
print(l)
m = [1, 2]
m.extend(m)
print(m)
m.append(m)
print(m)
a = [1]
print(a.append(2), a.extend([]), a)
for bad in [(), (1, 2)]:
    try:
        a.append(*bad)
    except TypeError as e:
        print(e)
try:
    a.append(x=1)
except TypeError as e:
    print(e)
try:
    a.extend(5)
except TypeError as e:
    print(e)
try:
    a.extend()
except TypeError as e:
    print(e)
print(a)
