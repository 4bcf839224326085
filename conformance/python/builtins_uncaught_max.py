scores = []
def best(values):
    return max(values)
print(best([3, 9, 2]))
print(best(scores))
