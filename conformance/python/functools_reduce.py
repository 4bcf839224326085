from functools import reduce
import functools

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda a, b: a + b, [], 10), reduce(lambda a, b: a + b, [7]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(lambda a, b: b + a, "abc"))
print(functools.reduce(lambda a, b: (a, b), (x for x in range(4))))


def trace(a, b):
    print("call", a, b)
    return a - b


print(reduce(trace, [10, 3, 2]))
for args in [(lambda a, b: a, []), (lambda a, b: a, 1)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reduce(lambda a, b: a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a, [1], initial=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
