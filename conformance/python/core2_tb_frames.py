def a(n):
    return b(n) + 1

def b(n):
    return c(n) * 2

def c(n):
    if n == 0:
        raise ValueError('n is zero')
    return n

print(a(3))
a(0)
