import time
for secs in [0, -1, 1.99, -1.5, 951782400, 1e9, 2**31, -2**31, 253402300799]:
    print(secs, time.gmtime(secs))
for bad in [1e20, "a", None.__class__]:
    try:
        time.gmtime(bad)
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
now = time.gmtime()
print(type(now).__name__, 1970 <= now.tm_year, len(now))
