print "hello"
_after_error = 1
