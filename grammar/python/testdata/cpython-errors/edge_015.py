def f(a: *Ts): pass
