x = = 1
y = (1,
def f(): pass
z = "abc
