import datetime as dt
x = dt.datetime(2024, 3, 5, 7, 8, 9, 123456)
print(x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)
print(x.date(), x.time(), x.timetz(), repr(x.date()), repr(x.time()))
print(x.isoformat(), x.isoformat(' '), x.isoformat(timespec='hours'), x.isoformat(timespec='minutes'), x.isoformat('T', 'seconds'))
print(x.isoformat(timespec='milliseconds'), x.isoformat(timespec='microseconds'), dt.datetime(2024, 1, 1).isoformat(timespec='auto'))
for bad in [lambda: x.isoformat('T', 'bad'), lambda: x.isoformat(sep='ab'), lambda: x.isoformat(sep=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(x.ctime(), x.timetuple(), x.utctimetuple())
print(x.replace(year=2020, microsecond=0), x.replace(tzinfo=dt.timezone.utc), x.replace(fold=1).fold)
print(x.weekday(), x.isoweekday(), x.isocalendar(), x.toordinal(), x.utcoffset(), x.dst(), x.tzname())
print(dt.datetime.combine(dt.date(2024, 1, 2), dt.time(3, 4)), dt.datetime.combine(x, dt.time(1), dt.timezone.utc))
for bad in [lambda: dt.datetime.combine(1, 2), lambda: dt.datetime.combine(dt.date(2024, 1, 1), 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(dt.datetime.fromordinal(738950), dt.datetime.fromisocalendar(2024, 10, 2), type(dt.datetime.fromordinal(5)).__name__)
print(dt.datetime.utcfromtimestamp(0), dt.datetime.utcfromtimestamp(1700000000.4999995), dt.datetime.utcfromtimestamp(-1.5))
print(dt.datetime.fromtimestamp(1700000000.5, dt.timezone.utc), dt.datetime.fromtimestamp(0.0000005, dt.timezone.utc))
for bad in [1e20, "a"]:
    try:
        dt.datetime.fromtimestamp(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    dt.datetime.utcfromtimestamp(-1e12)
except ValueError as e:
    print(type(e).__name__, e)
now = dt.datetime.now()
print(type(now).__name__, now.year >= 2024, dt.datetime.utcnow().tzinfo, dt.datetime.now(dt.timezone.utc).tzinfo, type(dt.datetime.today()).__name__)
