for n in [0, 1, -1, 5, -5, 255, 2**64, -2**70, True, False]:
    print(bin(n), oct(n), hex(n))

class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))

class BadIndex:
    def __index__(self):
        return "x"
for f in (bin, oct, hex):
    for bad in [1.5, "1", None, BadIndex()]:
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    hex()
except TypeError as e:
    print(e)
