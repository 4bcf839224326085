# An error inside a sequence the VM runs as one step is reported at the
# line of the operator that raised it.


def f(n, d):
    total = 0
    for i in range(n):
        total += i
    return total // d


print(f(3, 1))
print(f(3, 0))
