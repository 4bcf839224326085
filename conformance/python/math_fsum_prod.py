import math
print(math.fsum([0.1] * 10), 0.1 * 10)
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e100, 1, -1e100]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]))
for seq in [[math.inf, -math.inf], [1e308, 1e308], [1e308, 1e308, -1e308]]:
    try:
        print(math.fsum(seq))
    except Exception as e:
        print(type(e).__name__, e)
print(math.fsum([2**53, 1, 1]), math.fsum([True, 2, 0.5]))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 25)), math.prod([2.5, 4]))
print(math.prod([1.5, 2]), math.prod([2, 2.5]), math.prod([2**62, 4, 1.5]), math.prod([], start=5))
print(math.prod([2, 3], start=0.5), math.prod([1, 'a']), math.prod([3, [1]]), math.prod([True, True]))
try:
    math.prod(['a', 'b'])
except TypeError as e:
    print("TypeError", e)
