lambda (1, 2): 0
