print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (255).to_bytes(), (0).to_bytes(0, "big"), (1024).to_bytes(4, byteorder="little"))
print((-1).to_bytes(1, "big", signed=True), (-129).to_bytes(2, "big", signed=True), (127).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "little", signed=True))
print((2**64 + 1).to_bytes(9, "big"), (-2**70).to_bytes(10, "little", signed=True), True.to_bytes(1, "big"), (65).to_bytes(length=3, byteorder="big"))
class I:
    def __index__(self):
        return 3
print((7).to_bytes(I(), "big"))
tests = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (-129).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(0, "big"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(1, 1),
    lambda: (1).to_bytes(2, "big", True),
    lambda: (1).to_bytes("2", "big"),
    lambda: (1).to_bytes(1, "big", sign=True),
]
for t in tests:
    try:
        print(t())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
