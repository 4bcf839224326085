vals = [0.1, 1/3, 2/3, 1e16, 1.5e-10, 123456789.0, 1e300 * 10, -0.0, float('nan'), 2.5, 3.5]
for v in vals:
    print(repr(v), str(v), round(v) if v == v and abs(v) != float('inf') else 'x', round(v, 2), v * 2)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e-320, 5e-324 / 2, 1.7976931348623157e308 * 1.0001)
print(float('1e500'), float('-inf'), float('nan') == float('nan'), float('1_0.5'))
print(7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(-7.5, 2), 2.0 ** 10, (-8.0) ** (1 / 3) if False else 'skip')
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 10.0 ** 400, lambda: float('x'), lambda: int(float('inf')), lambda: int(float('nan'))]:
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((0.5).as_integer_ratio(), (2.0).is_integer(), float.fromhex('0x1.8p1'), (1.5).hex())
print(hash(0.5) == hash(0.5), int(2.5e20), round(2.5), round(-2.5), round(0.125, 2), round(0.375, 2))
