import datetime as dt
d = dt.datetime(2024, 3, 5, 7, 8, 9, 123, tzinfo=dt.timezone(dt.timedelta(hours=-3, minutes=-30), "X%Y"))
print(d.strftime('%f %z %Z %Y %% %c %x %X %j %a %A %b %B %p %I %U %W %V %G %u %w'))
print(dt.date(5, 1, 1).strftime('%Y|%y|%G|%C|%f|%z|%Z|%H'))
print(dt.time(1, 2, 3, 4).strftime('%Y %m %d %H:%M:%S.%f %j %a'), dt.time(13, tzinfo=dt.timezone.utc).strftime('%I%p %z %Z'))
print(dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(seconds=5400, microseconds=7))).strftime('%z'))
print(dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(seconds=-5415))).strftime('%z'))
print(f"{dt.date(2020, 1, 1):%d/%m}", f"{dt.datetime(2020, 1, 1, 5)}", f"{dt.time(5, 6):%H-%M}", f"{dt.date(2020, 1, 1)}")
print(dt.date(2020, 1, 1).strftime(''), dt.date(2020, 1, 1).strftime('%'), dt.date(2020, 1, 1).strftime('%Q %-d %_m'))
try:
    dt.date(2020, 1, 1).strftime(5)
except TypeError as e:
    print(type(e).__name__, e)
for y in [1, 842, 1000, 1969, 2000, 9999]:
    print(dt.datetime(y, 12, 31, 23, 59, 59).strftime('%c|%x|%Y|%G|%V|%U|%W|%j'))
