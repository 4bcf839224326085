import datetime as dt

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r), "|", str(r))

t("td()", lambda: dt.timedelta())
t("td(1)", lambda: dt.timedelta(1))
t("td(days=1, seconds=5)", lambda: dt.timedelta(days=1, seconds=5))
t("td(-1)", lambda: dt.timedelta(-1))
t("td(seconds=-1)", lambda: dt.timedelta(seconds=-1))
t("td(microseconds=1)", lambda: dt.timedelta(microseconds=1))
t("td(hours=25.5)", lambda: dt.timedelta(hours=25.5))
t("td(weeks=1, minutes=1, milliseconds=1)", lambda: dt.timedelta(weeks=1, minutes=1, milliseconds=1))
t("td(days=1e9)", lambda: dt.timedelta(days=1e9))
t("td(days=999999999, hours=24)", lambda: dt.timedelta(days=999999999, hours=24))
t("td(0.5)", lambda: dt.timedelta(0.5))
t("td(seconds=0.1)", lambda: dt.timedelta(seconds=0.1))
t("td(microseconds=0.5)", lambda: dt.timedelta(microseconds=0.5))
t("td(microseconds=1.5)", lambda: dt.timedelta(microseconds=1.5))
t("td(microseconds=-0.5)", lambda: dt.timedelta(microseconds=-0.5))
t("td(microseconds=2.5)", lambda: dt.timedelta(microseconds=2.5))
t("td(days=0.1, hours=0.1, minutes=0.1)", lambda: dt.timedelta(days=0.1, hours=0.1, minutes=0.1))
t("td('a')", lambda: dt.timedelta('a'))
t("td(seconds=None)", lambda: dt.timedelta(seconds=None))
t("td(x=1)", lambda: dt.timedelta(x=1))
t("td(1, 2, 3, 4, 5, 6, 7, 8)", lambda: dt.timedelta(1, 2, 3, 4, 5, 6, 7, 8))
t("td(True)", lambda: dt.timedelta(True))
t("td(10**20)", lambda: dt.timedelta(10**20))
d = dt.timedelta(days=-1, seconds=5, microseconds=7)
print(d.days, d.seconds, d.microseconds, d.total_seconds(), dt.timedelta(days=1, microseconds=1).total_seconds())
print(str(dt.timedelta(days=2)), str(dt.timedelta(days=-2, hours=3)), str(dt.timedelta(hours=-1)))
print(bool(dt.timedelta(0)), bool(dt.timedelta(microseconds=1)), len({dt.timedelta(hours=24), dt.timedelta(1)}))
try:
    d.days = 3
except AttributeError as e:
    print(type(e).__name__, e)
