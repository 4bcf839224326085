é = 1; ü = é $ 2
_after_error = 1
