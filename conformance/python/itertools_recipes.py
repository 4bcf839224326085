from itertools import (accumulate, chain, combinations, count, cycle, groupby, islice, repeat, starmap, tee,
                       zip_longest, filterfalse, product, pairwise, takewhile)
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def tabulate(function, start=0):
    return (function(x) for x in count(start))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            try:
                yield next(it)
                alive += [it]
            except StopIteration:
                pass
        iterators = alive


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter_true(pred, t2)


def filter_true(pred, iterable):
    for x in iterable:
        if pred(x):
            yield x


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_justseen(iterable):
    return (k for k, _ in groupby(iterable))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n - 1))
    for x in it:
        window = window[-(n - 1):] + [x] if n > 1 else [x]
        yield tuple(window)


def dotproduct(vec1, vec2):
    total = 0
    for x in starmap(operator.mul, zip_longest(vec1, vec2, fillvalue=0)):
        total += x
    return total


print(take(5, tabulate(lambda x: x * x)), nth(count(10), 3), nth([], 2, "none"))
print(all_equal("aaa"), all_equal("aab"), all_equal(""), list(ncycles("ab", 3)), list(flatten([[1, 2], [3], []])))
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
odds, evens = partition(lambda x: x % 2 == 0, range(10))
print(list(odds), list(evens), list(powerset([1, 2, 3])))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(sliding_window("ABCDEFG", 4)), dotproduct([1, 2, 3], [4, 5, 6]))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(product("ab", repeat=2))[:3], list(pairwise(range(4))))
print(list(takewhile(lambda p: p < 30, accumulate(count(1)))), list(starmap(operator.add, [(1, 2), (3, 4)])))
