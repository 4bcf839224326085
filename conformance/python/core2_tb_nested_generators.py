def numbers():
    yield 1
    yield 2
    yield int('three')

def doubled(src):
    for n in src:
        yield n * 2

def total():
    return sum(doubled(numbers()))

print('start')
total()
