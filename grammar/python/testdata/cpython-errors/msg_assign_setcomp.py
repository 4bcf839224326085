{x for x in y} = 10
