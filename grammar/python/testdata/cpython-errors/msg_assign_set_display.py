{a} = b
