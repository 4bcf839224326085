from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", range(2))))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "cd", repeat=2))[:5], len(list(product("ab", "cd", repeat=2))))
print(list(product()), list(product([])), list(product("ab", [])), list(product("a", repeat=0)))
print(list(permutations("ABC", 2)))
print(list(permutations(range(3))))
print(list(permutations([1, 2, 3, 4], 4))[-3:], len(list(permutations(range(5), 3))))
print(list(permutations("ab", 3)), list(permutations("ab", 0)), list(permutations([])))
print(list(permutations("abc", None))[:2])
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([1, 2], 3)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))

p = product(iter([1, 2]), iter("xy"))
print(next(p), list(p))

for f, args in [(combinations, ([1],)), (combinations, ([1], -1)), (permutations, ([1], -1)), (permutations, ([1], "a")),
                (combinations_with_replacement, ([1], -2)), (combinations, ([1], "a"))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    product([1], repeat=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    product(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(product()).__name__, type(combinations("", 0)).__name__)
