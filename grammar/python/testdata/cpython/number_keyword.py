x = 1if y else 2
z = [1for a in b]
w = 1or 2
v = 1.5and 3
u = 0o7in c
t = 1jif y else 2
