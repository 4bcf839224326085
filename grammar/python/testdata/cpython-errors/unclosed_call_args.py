f(a, 
z = 1
