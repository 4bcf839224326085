import datetime as dt

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

d = dt.date(2020, 1, 31)
t("d + 1 day", lambda: d + dt.timedelta(days=1, hours=23))
t("td + d", lambda: dt.timedelta(days=30) + d)
t("d - td", lambda: d - dt.timedelta(days=366))
t("d - d", lambda: d - dt.date(2019, 1, 1))
t("d - later", lambda: d - dt.date(2021, 1, 1))
t("overflow", lambda: dt.date(9999, 12, 31) + dt.timedelta(1))
t("underflow", lambda: dt.date(1, 1, 1) - dt.timedelta(1))
t("d + 1", lambda: d + 1)
t("d - dt", lambda: d - dt.datetime(2020, 1, 1))
t("d < 1", lambda: d < 1)
t("d == 1", lambda: d == 1)
t("d < date", lambda: d < dt.date(2020, 2, 1))
t("d == date", lambda: d == dt.date(2020, 1, 31))
t("dt < d", lambda: dt.datetime(2020, 1, 1) < d)
t("d < dt", lambda: d < dt.datetime(2020, 1, 1))
t("dt == d", lambda: dt.datetime(2020, 1, 31) == d)
t("d != dt", lambda: d != dt.datetime(2020, 1, 31))
t("hash", lambda: len({dt.date(2020, 1, 31), d, dt.date(2020, 2, 1)}))
t("in", lambda: dt.date(2020, 1, 31) in [dt.date(2020, 1, 31)])
