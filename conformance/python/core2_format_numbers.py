vals = [0, 7, -42, 255, 10**20, -10**20]
for v in vals:
    print(f'{v:d}|{v:5d}|{v:<6}|{v:^7}|{v:+}|{v:,}|{v:_x}|{v:#o}|{v:#b}|{v:08d}|{v:e}')
for v in [0.0, -0.0, 1.5, -2.25, 3.14159, 1e-7, 1e22, float('inf'), float('nan'), 123456.789]:
    print(f'{v}|{v:.2f}|{v:10.3e}|{v:g}|{v:.3g}|{v:%}|{v:+.1f}|{v:,.2f}|{v:>12}|{v:012.4f}')
for v in [True, False]:
    print(f'{v}|{v:d}|{v:5}|{v!r}|{v:x}')
print('%d %i %5d %-5d| %05d %+d %x %X %o %e %E %f %g %G %%' % (1, 2, 3, 4, 5, 6, 255, 255, 8, 12345.678, 0.00012, 1.5, 1e-5, 1e20))
print('%.3s|%5s|%-5s|%r|%a' % ('abcdef', 'x', 'y', 'q', 'é'))
print('%(a)s-%(b)05.1f' % {'a': 'A', 'b': 2.345})
print('%c%c' % (65, 'z'), '%#x %#o' % (255, 8))
print(format(1234567, ','), format(0.5, '.0%'), format(2**64, 'x'), format(-1.0, '+'))
print(repr(1e16), repr(1.0e-5), str(0.1 + 0.2), repr(1/3), 2.5e-324 if False else 5e-324)
print(int('0x1f', 16), int('0b101', 0), int(' 42 '), float(' -1.5e3 '), round(2.675, 2), round(0.5), round(1.5), round(-0.5))

print(f'{12345:=+10}', f'{-3.5:=10.2f}', f'{42:c}', f'{1e100:.3}')
