from collections import deque

d = deque([1, 2, 3])
print(d, deque(), deque("ab"), deque(maxlen=2), deque([1, 2, 3], 2), deque(range(5), maxlen=3).maxlen, deque().maxlen)
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft("ab")
print(d, len(d), d[0], d[-1], d[2])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
print(d.index(5), d.index(3, 2), d.count(1), 6 in d, "z" in d)
d.remove("a")
d.insert(1, "i")
d.insert(-1, "j")
d.insert(100, "end")
print(d)
d[0] = "zero"
del d[1]
print(d)
d.reverse()
print(d, d.copy(), d == deque(list(d)), d != deque(), deque([1, 2]) < deque([1, 3]))
b = deque([1, 2, 3], maxlen=3)
b.append(4)
print(b)
b.appendleft(0)
print(b)
b.extend([7, 8])
print(b)
b.extendleft([5])
print(b)
try:
    b.insert(0, 1)
except IndexError as e:
    print(type(e).__name__, e)
z = deque(maxlen=0)
z.append(1)
print(z, bool(z), bool(d))
e = deque([1, 2])
e += [3]
e += deque([4])
print(e, e + deque([5]), e * 2, 2 * deque("ab"))
e *= 2
print(e)
e.clear()
print(e, len(e))
r = deque([1])
r.append(r)
print(r)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[50], lambda: d["a"], lambda: d.index("nope"),
            lambda: d.remove("nope"), lambda: deque(maxlen=-1), lambda: deque(maxlen="a"), lambda: deque([1]) + [1],
            lambda: deque(1)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
it = deque([1, 2, 3])
try:
    for v in it:
        it.append(v)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
try:
    {deque(): 1}
except TypeError as ex:
    print(type(ex).__name__, ex)
q = deque(range(5))
print([q.popleft() for _ in range(3)], q, list(q.__reversed__()), deque[int])
