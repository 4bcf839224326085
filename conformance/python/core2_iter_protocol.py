class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for x in Seq():
    print('seq', x)

class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        yield from self.data
r = Reusable([1, 2])
print(list(r), list(r), sorted(r, reverse=True))

calls = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(calls), 0)))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print('TypeError', e)

class Contains:
    def __contains__(self, x):
        return x == 'yes'
print('yes' in Contains(), 'no' in Contains(), 'no' not in Contains())

it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print('skip', next(it))
    else:
        print('x', x)
a, b = Countdown(2)
print(a, b)
print(*Countdown(3), sep='-')
print(dict(zip(Countdown(3), 'abc')))
