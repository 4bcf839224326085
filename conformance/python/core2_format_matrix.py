values = [0, 1, -1, 255, -255, 12345678, 2**63, -2**70, True, False, 0.0, -0.0, 1.5, -2.5, 3.14159265, 1e-5, 1.5e300, float('inf'), float('-inf'), float('nan'), 100.0, 123456.789]
specs = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', '10', '<10', '>10', '^10', '=10', '+', '-', ' ', '#x', '#o', '#b', '010', ',', '_', ',.2f', '_x', '.3', '.3e', '.0f', '#.0f', '+.2%', '012,.1f', '*^12.3g', '#g', '.10g', 'z.1f' if False else '.1f']
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(v), '|', *[repr(x) for x in row])
