values = [0, 7, -7, 255, 2**64, True, 0.0, -0.0, 2.5, -1.25, 1e10, 1e-10, float('inf'), float('nan'), 'str', None, [1]]
convs = ['%d', '%i', '%o', '%x', '%X', '%e', '%E', '%f', '%F', '%g', '%G', '%c', '%r', '%s', '%a', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.2f', '%10.3e', '%#x', '%#o', '%.0f', '%*d' if False else '%3s', '%-8r|', '%.1s', '%u']
for v in values:
    row = []
    for c in convs:
        try:
            row.append(c % (v,))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(v), '|', *[repr(x) for x in row])
print('%s %s' % ('a', 'b'), '%(x)s' % {'x': 1}, '%%', '%5.1f%%' % 99.5)
for bad in [lambda: '%d %d' % (1,), lambda: '%d' % (1, 2), lambda: '%(x)s' % 5, lambda: '%z' % 1, lambda: '%' % (), lambda: '%c' % 'ab', lambda: '%c' % -1]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
