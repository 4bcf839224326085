def v(tag, val=None):
    print('eval', tag)
    return tag if val is None else val

def f(*a, **k):
    return a, k

print(f(v('a'), v('b'), c=v('c'), d=v('d')))
d = {v('k1'): v('v1'), v('k2'): v('v2')}
print(d)
x = [0, 0]
x[v('idx', 0)] = v('value', 9)
print(x)
print(v('left', 1) + v('right', 2) * v('mul', 3))
a = {}
a[v('key', 'k')] = a.get(v('get', 'k'), 0) + 1
print(a)
print([v(i) for i in 'xy'], v('after'))
class O:
    pass
o = O()
o.attr = v('attr value')
t = (v('t1'), v('t2'))
print(v('c1', 1) if v('cond', True) else v('c2', 2))
print(v('and1', 0) and v('and2'))
print(v('or1', 0) or v('or2', 'x'))
s = {v('s1', 1), v('s2', 2)}
obj = v('obj', [1, 2, 3])[v('slice', 1):v('stop', 3)]
print(obj)
def g(a=v('default evaluated at def')):
    return a
print(g())
lst = [1, 2, 3]
i = 0
lst[i], i = 10, 2
print(lst, i)
