class A(x=1 for x in y): pass
_after_error = 1
