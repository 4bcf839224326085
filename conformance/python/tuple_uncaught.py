def find(t, x):
    return t.index(x)
t = (1, 2, 3)
print(find(t, 2))
print(find(t, 7))
