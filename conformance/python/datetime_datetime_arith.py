import datetime as dt

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

a = dt.datetime(2024, 2, 28, 23, 30)
b = dt.datetime(2024, 3, 1, 0, 15, 0, 500)
t("a + 1h", lambda: a + dt.timedelta(hours=1))
t("a + 1 day", lambda: a + dt.timedelta(days=1))
t("b - a", lambda: b - a)
t("a - b", lambda: a - b)
t("b - td", lambda: b - dt.timedelta(microseconds=501))
t("td + a", lambda: dt.timedelta(weeks=52) + a)
t("max + res", lambda: dt.datetime.max + dt.timedelta.resolution)
t("a + 1", lambda: a + 1)
t("1 + a", lambda: 1 + a)
t("a - 1", lambda: a - 1)
t("a < 1", lambda: a < 1)
t("a == 1", lambda: a == 1)
t("a < b", lambda: a < b)
t("a == a2", lambda: a == dt.datetime(2024, 2, 28, 23, 30))
u = dt.timezone.utc
e = dt.timezone(dt.timedelta(hours=-5), "EST")
au = dt.datetime(2024, 1, 1, 12, tzinfo=u)
ae = dt.datetime(2024, 1, 1, 7, tzinfo=e)
t("au == ae", lambda: au == ae)
t("au - ae", lambda: au - ae)
t("au < ae + 1us", lambda: au < ae + dt.timedelta(microseconds=1))
t("naive < aware", lambda: a < au)
t("naive == aware", lambda: a == au)
t("naive - aware", lambda: a - au)
t("hash", lambda: len({au, ae}))
t("ae.astimezone(u)", lambda: ae.astimezone(u))
t("au.astimezone(e)", lambda: au.astimezone(e))
t("au.astimezone(5)", lambda: au.astimezone(5))
t("timestamp", lambda: (au.timestamp(), ae.timestamp(), dt.datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=u).timestamp()))
t("ae + td", lambda: ae + dt.timedelta(days=1))
