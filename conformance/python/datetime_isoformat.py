import datetime as dt
for s in ['2024-03-05', '20240305', '2024-W10', '2024W10', '2024-W10-3', '2024W103', '2024-W53', '2020-W53-7', '2024-13-01',
          '2024-02-30', '2024-3-5', '2024/03/05', '', 'x', '2024-03-05T', '2024-03-05 10', '2024-03-05T10:11', '2024-03-05T1011',
          '2024-03-05T10:11:12.5', '2024-03-05T10:11:12,123456789', '2024-03-05T10:11:12+05:30', '2024-03-05T10:11:12Z',
          '2024-03-05T10:11:12-00:00', '2024-03-05T10:11:12+0530', '2024-03-05T25:00', '2024-03-05T10:60',
          '2024-03-05T10:11:12.123+01:02:03.5', '20240305T101112', '2024-03-05X10:11', '2024-03-05T10:11:1', '2024-W10-3T10:11']:
    for cls in (dt.date, dt.datetime):
        try:
            print(repr(s), cls.__name__, "->", repr(cls.fromisoformat(s)))
        except ValueError as e:
            print(repr(s), cls.__name__, "!!", e)
for s in ['10:11', '10', '101112', '10:11:12.5', 'T10:11', '10:11:12+05:30', '10:11Z', '24:00', '1:2', '10:11:12.', '10:11:12.abc']:
    try:
        print(repr(s), "->", repr(dt.time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "!!", e)
for f in [lambda: dt.date.fromisoformat(5), lambda: dt.datetime.fromisoformat(None)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
x = dt.datetime(2024, 3, 5, 7, 8, 9, 10, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
print(dt.datetime.fromisoformat(x.isoformat()) == x, dt.date.fromisoformat(x.date().isoformat()), dt.time.fromisoformat(x.timetz().isoformat()))
print(dt.time(1, 2, 3, 4000).isoformat(), dt.time(1, 2, 3, 4000).isoformat('milliseconds'), dt.time(1, tzinfo=dt.timezone.utc).isoformat())
