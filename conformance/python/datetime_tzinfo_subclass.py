import datetime as dt

class EST(dt.tzinfo):
    def utcoffset(self, d):
        return dt.timedelta(hours=-5)
    def dst(self, d):
        return dt.timedelta(0)
    def tzname(self, d):
        return "EST"
    def __repr__(self):
        return "EST()"

est = EST()
a = dt.datetime(2024, 3, 5, 10, 0, tzinfo=est)
print(a, repr(a), a.utcoffset(), a.dst(), a.tzname(), a.isoformat(), a.strftime('%z %Z %H'))
u = a.astimezone(dt.timezone.utc)
print(u, u == a, a - u, u.astimezone(est), a.timestamp(), a.utctimetuple())
print(dt.datetime.fromtimestamp(0, est), est.fromutc(dt.datetime(2024, 1, 1, 12, tzinfo=est)))
print(dt.time(10, 0, tzinfo=est).utcoffset(), dt.time(10, 0, tzinfo=est) == dt.time(15, 0, tzinfo=dt.timezone.utc))

class Bad(dt.tzinfo):
    def utcoffset(self, d):
        return 5
    def tzname(self, d):
        return 5

class Huge(dt.tzinfo):
    def utcoffset(self, d):
        return dt.timedelta(hours=30)

for f in [lambda: dt.datetime(2024, 1, 1, tzinfo=Bad()).utcoffset(), lambda: dt.datetime(2024, 1, 1, tzinfo=Bad()).tzname(),
          lambda: dt.datetime(2024, 1, 1, tzinfo=Huge()).utcoffset(), lambda: est.fromutc(dt.datetime(2024, 1, 1)), lambda: est.fromutc(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(est, dt.tzinfo), issubclass(dt.datetime, dt.date), isinstance(a, dt.date), type(a).__mro__[1].__name__)
