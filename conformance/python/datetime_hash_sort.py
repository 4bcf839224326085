import datetime as dt
u = dt.timezone.utc
e = dt.timezone(dt.timedelta(hours=-5))
items = {dt.datetime(2024, 1, 1, 12, tzinfo=u): "utc", dt.datetime(2024, 1, 1, 7, tzinfo=e): "est"}
print(len(items), [items[k] for k in items])
days = [dt.date(2024, 1, 3), dt.date(2023, 5, 1), dt.date(2024, 1, 1)]
earliest = days[0]
for d in days:
    if d < earliest:
        earliest = d
print(earliest, dt.date(2024, 1, 1) in set(days), {dt.timedelta(hours=24): 1}[dt.timedelta(days=1)])
print(dt.time(1) in {dt.time(1, 0, 0)}, len({dt.date(2020, 1, 1), dt.datetime(2020, 1, 1)}))
spans = [dt.timedelta(minutes=m) for m in (30, 5, 90)]
total = dt.timedelta()
for s in spans:
    total += s
print(total, total / len(spans), total // dt.timedelta(minutes=25))
