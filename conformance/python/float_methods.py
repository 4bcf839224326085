for f in [1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 1e-300, float("inf"), float("nan"), 2.0**53 + 1]:
    print(f, f.is_integer(), f.hex(), f.real, f.imag, f.conjugate())
for f in [0.5, 0.1, -2.5, 1e20, 3.0, 2.0**-1074, 0.0]:
    print(f, f.as_integer_ratio())
for s in ["0x1.8p1", "-0x1p-1074", "0x1.fffffffffffffp+1023", "inf", "-INF", "nan", "0x10", "  0x1.0p0  ", "1.5", "0x.8"]:
    print(repr(s), float.fromhex(s))
print(float.fromhex(1.5.hex()) == 1.5, (1.0).fromhex("0x2p0"), type(float.fromhex("0x1p0")).__name__)
tests = [
    lambda: float("inf").as_integer_ratio(),
    lambda: float("nan").as_integer_ratio(),
    lambda: float.fromhex("zz"),
    lambda: float.fromhex("0x1p99999"),
    lambda: float.fromhex(1),
    lambda: float.fromhex(),
    lambda: (1.5).is_integer(1),
    lambda: (1.5).hex(2),
]
for t in tests:
    try:
        print(t())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
