import time
t = time.gmtime(86400 * 365.25 * 30 + 3723.5)
print(t)
print(len(t), t[0], t[-1], t[1:3], t.tm_zone, t.tm_gmtoff, t.tm_yday, type(t).__name__)
print(tuple(t), list(t)[:3], t == tuple(t), t == time.struct_time(tuple(t)))
y, m, d, *rest = t
print(y, m, d, rest)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "XYZ", 3600))
print(s.tm_zone, s.tm_gmtoff, len(s))
for bad in [(1, 2), 5, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)]:
    try:
        print(time.struct_time(bad))
    except TypeError as e:
        print("TypeError", e)
