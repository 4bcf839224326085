class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print('get', key)
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return self.cells.get(key, 0)
    def __setitem__(self, key, v):
        print('set', key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print('del', key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)

g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0, 0])
print(g[1:5], g[::2], g[1, 3])
g[0] += 3
print(g[0])
del g[1, 2]
print(len(g), bool(g))
try:
    del g['missing']
except KeyError as e:
    print('KeyError', e)

class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty())
class BoolOverLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(BoolOverLen()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError', e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
class Callable:
    def __call__(self, *a, **k):
        return a, k
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
