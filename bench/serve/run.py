#!/usr/bin/python3
"""Load test: hfc serve against Flask + Jinja2 under gunicorn, on loopback.

Two suites. "pages" serves the pages of bench/serve/app with `hfc serve`
(from the folder and from a bundle) and the same pages with
bench/serve/flask/app.py under gunicorn (sync workers, as many as cores).
"db" serves the data-layer app of bench/db/testdata/app (a page listing 100
rows of a SQLite table, and POST /add, which inserts a row and commits) with
`hfc serve` and with bench/serve/flask/dbapp.py (Flask + Python's sqlite3 +
Jinja2) under gunicorn, each on its own copy of the same database. The
script checks that both servers answer the same bytes, then for each
endpoint runs wrk (Debian) at 64 connections and reports requests per
second, p50/p99 latency, CPU time of the server per request, the 1-minute
load average when the run started, the time from start to the first
response and the resident memory after the load. Usage (from the
repository root):

    /usr/bin/python3 bench/serve/run.py [--suite pages|db|all] [--duration 10] [--connections 64] [--baseline HFC]

With --baseline, another hfc binary (a build of an earlier commit) is
measured in the same run, on its own copy of the database.
"""
import argparse
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PAGES = ["/", "/posts/7", "/about"]
CLK = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url):
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.status, r.read()


def start(cmd, url, cwd=None, env=None):
    """Start a server; return (process, seconds to the first 200)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    while True:
        if p.poll() is not None:
            sys.exit(f"{cmd[0]} exited with status {p.returncode}")
        try:
            status, _ = get(url)
            if status == 200:
                return p, time.perf_counter() - t0
        except OSError:
            pass
        if time.perf_counter() - t0 > 30:
            sys.exit(f"{cmd} did not answer within 30 s")
        time.sleep(0.001)


def tree(pid):
    """The process and its descendants."""
    out = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for c in f.read().split():
                    out += tree(int(c))
    except OSError:
        pass
    return out


def rss_kib(pid):
    total = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def cpu_seconds(pid):
    """User + system CPU time of the process tree (children that exited
    included)."""
    total = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += sum(int(x) for x in fields[11:15])
        except OSError:
            pass
    return total / CLK


def duration_ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    value, unit = float(m.group(1)), m.group(2)
    return value * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url, connections, seconds, pid, script=None):
    """Run wrk on url (with a Lua script for POSTs); return the figures."""
    load = os.getloadavg()[0]
    cpu0 = cpu_seconds(pid)
    cmd = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--latency"]
    if script:
        cmd += ["-s", script]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout
    cpu = cpu_seconds(pid) - cpu0
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, re.M))
    if len(lat) != 2:
        sys.exit(f"wrk {url}: no latency distribution in its output\n{out}")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)", out)
    if errors:
        sys.exit(f"wrk {url}: {errors.group(0)}\n{out}")
    return {"rps": rps, "p50": duration_ms(lat["50"]), "p99": duration_ms(lat["99"]), "cpu_us": cpu / total * 1e6,
            "load": load}


def stop(p):
    os.killpg(p.pid, signal.SIGTERM)
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()


# POST_ADD is the wrk script of the write endpoint: a form with one field.
BASELINE = "hfc serve (baseline)"

POST_ADD = """wrk.method = "POST"
wrk.body = "title=bench"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
"""


def post(url, data):
    req = urllib.request.Request(url, data=data.encode(), method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return r.status, r.read()


def hfc_serve(hfc, app):
    """The command line of hfc serve on app, by port."""
    return lambda port: ([hfc, "serve", app, "--addr", f"127.0.0.1:{port}", "--access-log", "off"], None, None)


def pages_suite(hfc, baseline, tmp, cores):
    """The servers and endpoints of the pages suite."""
    bundle = os.path.join(tmp, "bench.hfb")
    subprocess.run([hfc, "compile", os.path.join(HERE, "app"), "-o", bundle], check=True, stderr=subprocess.DEVNULL)
    servers = {"hfc serve": hfc_serve(hfc, os.path.join(HERE, "app")), "hfc serve (bundle)": hfc_serve(hfc, bundle)}
    if baseline:
        servers[BASELINE] = hfc_serve(baseline, os.path.join(HERE, "app"))
    servers["flask+gunicorn"] = lambda port: (["gunicorn", "-w", str(cores), "-b", f"127.0.0.1:{port}", "app:app"],
                                              os.path.join(HERE, "flask"), None)
    return servers, [(page, page, None) for page in PAGES], {"hfc serve (bundle)"}


def db_suite(hfc, baseline, tmp, cores):
    """The servers and endpoints of the db suite: each server gets its own
    copy of a database of 100 tasks, made by hfc (which creates the table)."""
    app = os.path.join(tmp, "dbapp")
    shutil.copytree(os.path.join(ROOT, "bench", "db", "testdata", "app"), app)
    port = free_port()
    p, _ = start([hfc, "serve", app, "--addr", f"127.0.0.1:{port}", "--access-log", "off"],
                 f"http://127.0.0.1:{port}/")
    try:
        for i in range(100):
            post(f"http://127.0.0.1:{port}/add", f"title=task+{i}")
    finally:
        stop(p)
    src = sqlite3.connect(os.path.join(app, "database", "app.db"))
    flask_db = os.path.join(tmp, "flask.db")
    dst = sqlite3.connect(flask_db)
    src.backup(dst)
    src.close()
    dst.close()
    script = os.path.join(tmp, "post.lua")
    with open(script, "w") as f:
        f.write(POST_ADD)
    env = dict(os.environ, BENCH_DB=flask_db)
    servers = {}
    if baseline:
        base_app = os.path.join(tmp, "dbapp-baseline")
        shutil.copytree(app, base_app)
        servers[BASELINE] = hfc_serve(baseline, base_app)
    servers["hfc serve"] = hfc_serve(hfc, app)
    servers["flask+gunicorn"] = lambda port: (["gunicorn", "-w", str(cores), "-b", f"127.0.0.1:{port}", "dbapp:app"],
                                              os.path.join(HERE, "flask"), env)
    return servers, [("/ (100 rows)", "/", None), ("POST /add", "/add", script)], set()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--suite", choices=["pages", "db", "all"], default="all",
                    help="pages: bench/serve/app; db: bench/db's list page and write endpoint")
    ap.add_argument("--duration", type=int, default=10, help="seconds of load per page and server")
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--baseline", metavar="HFC", help="also measure this hfc binary (another build, to compare)")
    args = ap.parse_args()
    for tool in ("wrk", "gunicorn", "go"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed (apt-get install wrk gunicorn)")
    cores = os.cpu_count()
    tmp = tempfile.mkdtemp()
    try:
        hfc = os.path.join(tmp, "hfc")
        subprocess.run(["go", "build", "-o", hfc, "./cmd/hfc"], cwd=ROOT, check=True)
        suites = ["pages", "db"] if args.suite == "all" else [args.suite]
        print(f"{cores} cores; wrk -t2 -c{args.connections} -d{args.duration}s --latency on the same machine; "
              "load: the 1-minute load average when each run started")
        for suite in suites:
            make = pages_suite if suite == "pages" else db_suite
            print()
            print("\n".join(run_suite(*make(hfc, args.baseline, tmp, cores), args)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_suite(servers, endpoints, start_only, args):
    """Start each server in turn, check that the GET endpoints answer the
    same bytes, load each endpoint; return the tables' lines."""
    results, starts, rss, bodies = {}, {}, {}, {}
    for name, make in servers.items():
        port = free_port()
        cmd, cwd, env = make(port)
        base = f"http://127.0.0.1:{port}"
        p, starts[name] = start(cmd, base + "/", cwd, env)
        try:
            bodies[name] = {label: get(base + path)[1] for label, path, script in endpoints if script is None}
            if name in start_only:
                continue
            for label, path, script in endpoints:
                results[(name, label)] = wrk(base + path, args.connections, args.duration, p.pid, script)
            rss[name] = rss_kib(p.pid)
        finally:
            stop(p)
    ref = bodies["flask+gunicorn"]
    for name, b in bodies.items():
        for label in b:
            if b[label] != ref[label]:
                sys.exit(f"{name} answers {label} differently from Flask")

    flask_name = "flask+gunicorn"
    lines = ["| endpoint | server | req/s | p50 | p99 | CPU/request | req/s ratio | CPU ratio | load |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label, _, _ in endpoints:
        f = results[(flask_name, label)]
        for name in servers:
            if (name, label) not in results:
                continue
            r = results[(name, label)]
            ratio = f"{r['rps'] / f['rps']:.1f}×" if name != flask_name else ""
            cpu_ratio = f"{f['cpu_us'] / r['cpu_us']:.1f}×" if name != flask_name else ""
            lines.append(f"| `{label}` | {name} | {r['rps']:.0f} | {r['p50']:.2f} ms | {r['p99']:.2f} ms | "
                         f"{r['cpu_us']:.0f} µs | {ratio} | {cpu_ratio} | {r['load']:.1f} |")
    lines.append("")
    lines.append("| server | start to first response | RSS after the load |")
    lines.append("|---|---:|---:|")
    for name in servers:
        r = f"{rss[name] / 1024:.1f} MiB" if name in rss else "—"
        lines.append(f"| {name} | {starts[name] * 1000:.0f} ms | {r} |")
    return lines


if __name__ == "__main__":
    main()
