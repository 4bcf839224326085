from itertools import chain, islice, takewhile, dropwhile, filterfalse, compress, starmap, zip_longest, accumulate, groupby


def noisy(tag, items):
    for x in items:
        print("  produce", tag, x)
        yield x


print("islice")
print(list(islice(noisy("a", range(10)), 1, 4)))
print("takewhile")
print(list(takewhile(lambda x: x < 2, noisy("t", range(5)))))
print("dropwhile")
d = dropwhile(lambda x: x < 2, noisy("d", range(4)))
print(next(d))
print("chain")
c = chain(noisy("c1", [1]), noisy("c2", [2]))
print(next(c), next(c))
print("compress")
print(list(compress(noisy("data", "abc"), noisy("sel", [1, 0]))))
print("zip_longest")
print(list(zip_longest(noisy("z1", [1]), noisy("z2", [1, 2]))))
print("accumulate")
a = accumulate(noisy("acc", [1, 2, 3]))
print(next(a), next(a))
print("groupby")
g = groupby(noisy("g", "aab"))
k, grp = next(g)
print(k)
print(list(grp))
print("filterfalse")
ff = filterfalse(None, noisy("f", [1, 0, 2, 0]))
print(next(ff), next(ff))
it = iter(range(5))
taken = list(takewhile(lambda x: x < 2, it))
print(taken, list(it))
