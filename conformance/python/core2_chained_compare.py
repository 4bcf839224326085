calls = []
def v(x):
    calls.append(x)
    return x

print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(1) < v(0) < v(3))
print(calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None)
print(calls)
calls.clear()
x = 5
print(1 < x <= 5, 1 < x < 5, 0 <= x in [5], x in [5] in [[5]])
print(v(3) > v(2) > v(1) > v(0))
print(calls)
print(1 < 2 > 1 == 1 != 0)
def boom():
    raise ValueError('evaluated')
print(2 < 1 < boom())
a = [1]
print(a is a is not None, None is None is None)
r = 1 < 2
print(r, (1 < 2) < 3)
