seen = set([1, 2])
seen.remove(2)
print(seen)
seen.remove(2)
