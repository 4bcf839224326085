x = 1
y = """a
b"""
if x:
    pass
z = (1,
     2)
w = "a\
b"
v = 1 + \
    2
# comment
u = 3
