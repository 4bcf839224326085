for n in [5, -3, 0, 2**70, True, False]:
    print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio(), type(n.real).__name__, type(n.as_integer_ratio()[0]).__name__)
print((5).__index__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), True.__index__(), (-7).__abs__(), int.__index__(True))
x = 5
try:
    x.real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del x.imag
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).is_integer()
except AttributeError as e:
    print(type(e).__name__, e)
