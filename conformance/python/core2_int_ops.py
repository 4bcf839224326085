for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10**20, 7), (-10**20, 7), (2**64, -3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b if abs(a) < 10**18 else 'big')
print(2 ** 100, (-2) ** 63, 2 ** -2, pow(3, 4, 5), pow(2, -1, 7), (-3) ** 3)
print(-1 >> 1, -16 >> 2, 1 << 100, ~0, ~-5, -5 & 3, -5 | 3, -5 ^ 3)
print(int('  -0042  '), int('1_000'), int('ff', 16), int('-0b11', 0), int(3.99), int(-3.99), int(True))
print(abs(-10**30), -(10**30), 10**30 // 10**15, 10**30 % 999)
print((10**20).bit_length(), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
for bad in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 2 ** 10 ** 10 if False else 1 << -1, lambda: int('x'), lambda: pow(2, -1, 4)]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(round(12345, -2), round(-15, -1), round(25, -1), 7 // 2.0, -7 % 2.5, 2 ** 0.5)
print(hex(-255), oct(8), bin(-5), 0x_ff, 0o17, 0b1_0)
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 10**400 > 1e308, -10**400 < float('-inf'))
print(max(10**20, 1e20), min(-0.0, 0), sum([10**20, 1, -10**20]))
