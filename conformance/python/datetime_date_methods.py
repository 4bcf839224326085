import datetime as dt
d = dt.date(2024, 3, 5)
print(d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isoformat(), str(d), d.ctime())
print(d.isocalendar(), d.isocalendar().week, d.isocalendar()[0], tuple(d.isocalendar()), d.isocalendar() == (2024, 10, 2))
print(d.timetuple())
print(d.replace(day=31), d.replace(2020, 2), d.replace(month=2, day=29))
for bad in [lambda: d.replace(month=13), lambda: d.replace(x=1), lambda: d.replace(year=2023, month=2, day=29)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(dt.date.fromordinal(1), dt.date.fromordinal(738950), dt.date.fromordinal(3652059))
for n in [0, 3652060]:
    try:
        dt.date.fromordinal(n)
    except ValueError as e:
        print(type(e).__name__, e)
print(dt.date.fromisocalendar(2024, 10, 2), dt.date.fromisocalendar(2020, 53, 7), dt.date.fromisocalendar(1, 1, 1))
for args in [(2024, 53, 1), (0, 1, 1), (2024, 1, 8)]:
    try:
        dt.date.fromisocalendar(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for y in [1, 4, 100, 1900, 1999, 2000, 2004, 2021, 9999]:
    for md in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        x = dt.date(y, *md)
        print(x, x.isocalendar(), x.weekday(), x.toordinal())
print(dt.date.today() >= dt.date(2024, 1, 1), type(dt.date.today()).__name__, dt.date.fromtimestamp(0).year in (1969, 1970))
