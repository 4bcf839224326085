def total(values):
    result = 0
    for value in values:
        result += value
    return reslt

print(total([]) if False else 'start')
total([1, 2])
