#!/usr/bin/python3
"""Load test: hfc serve against Flask + Jinja2 under gunicorn, on loopback.

Serves the pages of bench/serve/app with `hfc serve` (from the folder and
from a bundle) and the same pages with bench/serve/flask/app.py under
gunicorn (sync workers, as many as cores), checks that both answer the same
bytes, then for each page runs wrk (Debian) at 64 connections and reports
requests per second, p50/p99 latency, CPU time of the server per request,
the time from start to the first response and the resident memory after
the load. Usage (from the repository root):

    /usr/bin/python3 bench/serve/run.py [--duration 10] [--connections 64] [--markdown]
"""
import argparse
import os
import re
import shutil
import signal
import socket
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


def start(cmd, url, cwd=None):
    """Start a server; return (process, seconds to the first 200)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
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


def wrk(url, connections, seconds, pid):
    cpu0 = cpu_seconds(pid)
    out = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--latency", url],
                         capture_output=True, text=True, check=True).stdout
    cpu = cpu_seconds(pid) - cpu0
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", out, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)", out)
    if errors:
        sys.exit(f"wrk {url}: {errors.group(0)}\n{out}")
    return {"rps": rps, "p50": duration_ms(lat["50"]), "p99": duration_ms(lat["99"]), "cpu_us": cpu / total * 1e6}


def stop(p):
    os.killpg(p.pid, signal.SIGTERM)
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--duration", type=int, default=10, help="seconds of load per page and server")
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--markdown", action="store_true", help="print the table in Markdown")
    args = ap.parse_args()
    for tool in ("wrk", "gunicorn", "go"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed (apt-get install wrk gunicorn)")
    cores = os.cpu_count()
    tmp = tempfile.mkdtemp()
    hfc = os.path.join(tmp, "hfc")
    subprocess.run(["go", "build", "-o", hfc, "./cmd/hfc"], cwd=ROOT, check=True)
    bundle = os.path.join(tmp, "bench.hfb")
    subprocess.run([hfc, "compile", os.path.join(HERE, "app"), "-o", bundle], check=True, stderr=subprocess.DEVNULL)

    servers = {}
    port = free_port()
    servers["hfc serve"] = ([hfc, "serve", os.path.join(HERE, "app"), "--addr", f"127.0.0.1:{port}", "--access-log", "off"], port, None)
    port = free_port()
    servers["hfc serve (bundle)"] = ([hfc, "serve", bundle, "--addr", f"127.0.0.1:{port}", "--access-log", "off"], port, None)
    port = free_port()
    servers["flask+gunicorn"] = (["gunicorn", "-w", str(cores), "-b", f"127.0.0.1:{port}", "app:app"], port,
                                 os.path.join(HERE, "flask"))

    results, starts, rss, bodies = {}, {}, {}, {}
    for name, (cmd, port, cwd) in servers.items():
        base = f"http://127.0.0.1:{port}"
        p, starts[name] = start(cmd, base + "/", cwd)
        try:
            bodies[name] = {page: get(base + page)[1] for page in PAGES}
            if name.startswith("hfc serve (bundle)"):
                pass
            else:
                for page in PAGES:
                    results[(name, page)] = wrk(base + page, args.connections, args.duration, p.pid)
                rss[name] = rss_kib(p.pid)
        finally:
            stop(p)
    ref = bodies["flask+gunicorn"]
    for name, b in bodies.items():
        for page in PAGES:
            if b[page] != ref[page]:
                sys.exit(f"{name} answers {page} differently from Flask")

    hfc_name, flask_name = "hfc serve", "flask+gunicorn"
    load = os.getloadavg()
    lines = [f"{cores} cores, load average {load[0]:.2f} before the last run; wrk -t2 -c{args.connections} "
             f"-d{args.duration}s --latency, same machine", ""]
    lines.append("| page | server | req/s | p50 | p99 | CPU/request | req/s ratio | CPU ratio |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|")
    for page in PAGES:
        h, f = results[(hfc_name, page)], results[(flask_name, page)]
        for name, r in ((hfc_name, h), (flask_name, f)):
            ratio = f"{h['rps'] / f['rps']:.1f}×" if name == hfc_name else ""
            cpu_ratio = f"{f['cpu_us'] / h['cpu_us']:.1f}×" if name == hfc_name else ""
            lines.append(f"| `{page}` | {name} | {r['rps']:.0f} | {r['p50']:.2f} ms | {r['p99']:.2f} ms | "
                         f"{r['cpu_us']:.0f} µs | {ratio} | {cpu_ratio} |")
    lines.append("")
    lines.append("| server | start to first response | RSS after the load |")
    lines.append("|---|---:|---:|")
    for name in servers:
        r = f"{rss[name] / 1024:.1f} MiB" if name in rss else "—"
        lines.append(f"| {name} | {starts[name] * 1000:.0f} ms | {r} |")
    print("\n".join(lines))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
