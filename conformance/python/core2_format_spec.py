class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
    def __str__(self):
        return 'Money(%s)' % self.v
    def __repr__(self):
        return 'M<%r>' % self.v

m = Money(3.14159)
print(f'{m:usd}', f'{m:.1f}', f'{m}', f'{m!r}', f'{m!s}', format(m, 'usd'))
w, p = 10, 3
print(f'[{3.14159:{w}.{p}f}]', f'[{"x":{"^"}{w}}]', f'[{42:{"+"}}]')
print(f'{"é"!a}', f'{"tab"!r:>8}', f'{{literal}}', f'{1+1=}', f'{w=:>5}')
print('{} {}'.format(1, 2) if False else 'no str.format here')
print(format('abc', '>6'), format('abc', '*^7'), format('abc', '.2'), format(None, ''), format([1], ''))
print(f'{1e6:,.0f} {1234.5:_} {0.000123:.2e} {12:#x} {12:#X} {12:#b} {3:03} {-3:03}')
print(f'{"left":<8}|{"right":>8}|{"mid":^8}|')
print(f'{True:>6} {None!s:>6} {[1, 2]!s:>8}')
try:
    f'{m:bad}'
except ValueError as e:
    print('ValueError', e)
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError', e)
try:
    f'{3:s}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{"s":d}'
except ValueError as e:
    print('ValueError', e)
