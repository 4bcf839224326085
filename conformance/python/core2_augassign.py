class Tracker:
    def __init__(self):
        self.data = {'k': 1}
        self._x = 5
    def __getitem__(self, k):
        print('getitem', k)
        return self.data[k]
    def __setitem__(self, k, v):
        print('setitem', k, v)
        self.data[k] = v
    @property
    def x(self):
        print('get x')
        return self._x
    @x.setter
    def x(self, v):
        print('set x', v)
        self._x = v

t = Tracker()
t['k'] += 10
t.x *= 3
print(t.data, t._x)

def key():
    print('key evaluated')
    return 'k'
t[key()] -= 1

l = [1, 2]
l2 = l
l += [3]
print(l, l2, l is l2)
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2)
s = 'a'
s *= 3
print(s)
n = 7
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
f = 1.5
f /= 0.5; print(f)
m = [[0]]
m[0][0] += 1
print(m)
try:
    tup[0] += 1
except TypeError as e:
    print('TypeError', e)
t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print('TypeError', e, t2)
