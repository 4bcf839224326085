"""Runs one benchmark case under CPython: `python3 harness.py CASE.py N` calls
run() once to warm up, then N times, and prints the wall and CPU nanoseconds
of the N calls as {"ns": …, "cpu_ns": …}."""
import json
import sys
import time

ns = {"__name__": "bench"}
with open(sys.argv[1]) as f:
    exec(compile(f.read(), sys.argv[1], "exec"), ns)
n = int(sys.argv[2])
ns["run"]()
t = time.perf_counter_ns()
c = time.process_time_ns()
for _ in range(n):
    ns["run"]()
c = time.process_time_ns() - c
t = time.perf_counter_ns() - t
print(json.dumps({"ns": t, "cpu_ns": c}))
