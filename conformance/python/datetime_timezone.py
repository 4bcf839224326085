import datetime as dt

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r), "|", str(r))

t("tz(hours=5)", lambda: dt.timezone(dt.timedelta(hours=5)))
t("tz(hours=-5, 'EST')", lambda: dt.timezone(dt.timedelta(hours=-5), "EST"))
t("tz(hours=24)", lambda: dt.timezone(dt.timedelta(hours=24)))
t("tz(0)", lambda: dt.timezone(dt.timedelta(0)))
t("tz(0, 'Z')", lambda: dt.timezone(dt.timedelta(0), "Z"))
t("tz(seconds=90)", lambda: dt.timezone(dt.timedelta(seconds=90)))
t("tz(microseconds=5)", lambda: dt.timezone(dt.timedelta(microseconds=5)))
t("tz(5)", lambda: dt.timezone(5))
t("tz(td, 5)", lambda: dt.timezone(dt.timedelta(1), 5))
t("tz()", lambda: dt.timezone())
t("utc", lambda: dt.timezone.utc)
t("UTC", lambda: dt.UTC)
t("min", lambda: dt.timezone.min)
t("max", lambda: dt.timezone.max)
z = dt.timezone(dt.timedelta(hours=2), "X")
print(z == dt.timezone(dt.timedelta(hours=2)), z.utcoffset(None), z.dst(None), z.tzname(None), dt.UTC is dt.timezone.utc)
t("utcoffset(5)", lambda: z.utcoffset(5))
t("fromutc naive", lambda: z.fromutc(dt.datetime(2024, 1, 1)))
t("fromutc", lambda: z.fromutc(dt.datetime(2024, 1, 1, tzinfo=z)))
t("fromutc(5)", lambda: z.fromutc(5))
print(isinstance(z, dt.tzinfo), issubclass(dt.timezone, dt.tzinfo), len({z, dt.timezone(dt.timedelta(hours=2))}))
t("tzinfo()", lambda: type(dt.tzinfo()).__name__)
t("tzinfo().utcoffset(None)", lambda: dt.tzinfo().utcoffset(None))
t("tzinfo().tzname(None)", lambda: dt.tzinfo().tzname(None))
t("tzinfo().dst(None)", lambda: dt.tzinfo().dst(None))
