raise E from
_after_error = 1
