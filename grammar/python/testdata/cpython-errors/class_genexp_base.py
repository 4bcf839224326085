class A(x for x in y): pass
_after_error = 1
