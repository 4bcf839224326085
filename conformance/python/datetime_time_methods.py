import datetime as dt

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

x = dt.time(13, 14, 15, 16)
print(x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold, str(x), repr(x))
t("replace", lambda: x.replace(hour=1, microsecond=0))
t("replace tz", lambda: x.replace(tzinfo=dt.timezone.utc))
t("replace bad", lambda: x.replace(minute=61))
t("utcoffset", lambda: (x.utcoffset(), x.dst(), x.tzname()))
t("time < time", lambda: dt.time(1) < dt.time(2))
t("time == time", lambda: dt.time(1) == dt.time(1, 0, 0, 0))
t("time + td", lambda: dt.time(1) + dt.timedelta(1))
t("time < 1", lambda: dt.time(1) < 1)
t("naive < aware", lambda: dt.time(1) < dt.time(1, tzinfo=dt.timezone.utc))
t("naive == aware", lambda: dt.time(1) == dt.time(1, tzinfo=dt.timezone.utc))
t("aware cmp", lambda: dt.time(12, tzinfo=dt.timezone(dt.timedelta(hours=2))) < dt.time(11, tzinfo=dt.timezone.utc))
t("bool", lambda: bool(dt.time(0)))
t("hash", lambda: len({dt.time(1), dt.time(1, 0), dt.time(2)}))
t("isoformat", lambda: (x.isoformat(), x.isoformat('seconds'), x.isoformat(timespec='hours')))
t("isoformat bad", lambda: x.isoformat('bad'))
