import a.b as c.d
_after_error = 1
