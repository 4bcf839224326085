for x in y:
print(x)
_after_error = 1
