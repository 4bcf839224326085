a + 1 = 2
_after_error = 1
