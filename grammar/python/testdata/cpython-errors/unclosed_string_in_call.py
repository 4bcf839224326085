f("abc, 1)
z = 1
