def f():
    x = 1
  y = 2
_after_error = 1
