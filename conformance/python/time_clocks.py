import time
a = time.time()
b = time.time_ns()
print(type(a).__name__, type(b).__name__, a > 1.6e9, b > 1.6e18, abs(b / 1e9 - a) < 5 if False else b // 10**9 - int(a) < 5)
m1 = time.monotonic()
p1 = time.perf_counter()
time.sleep(0.01)
m2 = time.monotonic()
p2 = time.perf_counter()
print(m2 > m1, p2 > p1, m2 - m1 >= 0.009, time.monotonic_ns() > 0, time.perf_counter_ns() > 0)
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.process_time_ns()).__name__)
time.sleep(0)
for bad in [-1, "a"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))
