import time
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
            (2020, 1, 1), [2020, 1, 1, 0, 0, 0, 0, 1, 0], (2020, 1, 1, 0, 0, 0, 0, 1.5, 0)]:
    try:
        print(time.strftime('%Y', bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.strftime(5)
except TypeError as e:
    print(type(e).__name__, e)
print(time.asctime((2020, 1, 2, 3, 4, 5, 6, 7, 8)), time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime(time.gmtime(0)))
try:
    time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(type(e).__name__, e)
