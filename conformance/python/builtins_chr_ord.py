print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F600), chr(0), repr(chr(127)), chr(True))
print(ord("A"), ord("é"), ord("日"), ord("😀"), ord(b"a"), ord(b"\xff"))
print([chr(i) for i in range(ord("a"), ord("f"))])
print([chr(ord(c) + 1) for c in "HAL"])

class I:
    def __index__(self):
        return 66
print(chr(I()))
for bad in [-1, 0x110000, 2**40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["a", 1.5, None]:
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab", 1, None, ["a"]]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
