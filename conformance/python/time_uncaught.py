import time
print(time.gmtime(0).tm_year)
time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))
