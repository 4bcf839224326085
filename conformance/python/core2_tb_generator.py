def gen():
    yield 1
    yield helper()

def helper():
    return {}['missing']

def consume():
    total = 0
    for x in gen():
        total += x
    return total

consume()
