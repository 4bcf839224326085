x = [first
second()
