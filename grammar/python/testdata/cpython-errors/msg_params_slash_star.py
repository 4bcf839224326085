def f(a, /*): pass
