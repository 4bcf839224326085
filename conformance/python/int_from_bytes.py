print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\x7f", "big", signed=True), int.from_bytes(b"", "big"), int.from_bytes(b"", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes((255,), "little"), int.from_bytes(b"\x01\x02"), int.from_bytes(bytes=b"\x05", byteorder="little"))
print(int.from_bytes(b"\xff" * 10, "big"), int.from_bytes(b"\xff" * 10, "little", signed=True), (5).from_bytes(b"\x09", "big"))
print(bool.from_bytes(b"\x00", "big"), bool.from_bytes(b"\x02", "big"), type(int.from_bytes(b"\x01", "big")).__name__)
for n in [0, 1, -1, 300, -300, 2**40, -2**40]:
    b = n.to_bytes(8, "big", signed=True)
    print(n, int.from_bytes(b, "big", signed=True) == n, int.from_bytes(n.to_bytes(8, "little", signed=True), "little", signed=True) == n)
tests = [
    lambda: int.from_bytes("ab", "big"),
    lambda: int.from_bytes(b"\x01", "x"),
    lambda: int.from_bytes(),
    lambda: int.from_bytes([256], "big"),
    lambda: int.from_bytes(5, "big"),
    lambda: int.from_bytes(b"\x01", 5),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
