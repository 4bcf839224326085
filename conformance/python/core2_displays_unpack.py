a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b}, [*'xy', *range(2)])
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2}, {**d2, **d1}, {'w': 0, **d1, 'x': 100})
print(*a, *b)
first, *rest = *a, *b
print(first, rest)
print([*[], *()], {**{}})
def gen():
    yield 1
    yield 2
print([*gen(), *gen()])
try:
    [*5]
except TypeError as e:
    print('TypeError', e)
try:
    {**[1]}
except TypeError as e:
    print('TypeError', e)
print(len([*range(1000)]))
print((*a,), type((*a,)).__name__)
