import time
for secs in [0, 1000000, 1700000000]:
    lt = time.localtime(secs)
    print(type(lt).__name__, time.mktime(lt) == secs, lt.tm_isdst in (0, 1), type(lt.tm_zone).__name__)
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()), time.mktime(time.localtime()) > 0)
t = time.localtime()
print(time.strftime("%Y", t) == str(t.tm_year), time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)) == time.mktime((2023, 12, 32, 0, 0, 0, 0, 1, -1)))
