"""The Python peer of BenchmarkDB: the same two endpoints on Flask 2.2 with
Python's sqlite3 (the reference's pragmas) and Jinja2, driven in-process by
Flask's test client.

    /usr/bin/python3 flask_harness.py DBFILE list|add N

prints one JSON line: the last response body, wall and CPU nanoseconds per
request. sqlorm is not installable here (no PyPI), so the peer queries
sqlite3 directly: it does less work per row than the reference stack would.
"""
import json
import sqlite3
import sys
import time

from flask import Flask, request, render_template_string

PAGE = """<!doctype html>
<title>Tasks</title>
<ul>
{% for t in tasks %}<li id="task-{{ t['id'] }}" class="{{ 'done' if t['done'] else 'todo' }}">{{ t['title'] }}</li>
{% endfor %}</ul>"""

PRAGMAS = ["foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL", "journal_size_limit = 67108864",
           "mmap_size = 134217728", "cache_size = 2000", "busy_timeout = 5000"]


def connect(path):
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    for p in PRAGMAS:
        conn.execute("PRAGMA " + p)
    return conn


def make_app(path):
    app = Flask(__name__)
    conn = connect(path)

    @app.route("/")
    def index():
        rows = conn.execute("SELECT task.title, task.done, task.id FROM task ORDER BY task.id").fetchall()
        return render_template_string(PAGE, tasks=rows)

    @app.route("/add", methods=["POST"])
    def add():
        cur = conn.execute("INSERT INTO task (title, done) VALUES (?, ?) RETURNING *", (request.form["title"], False))
        row = cur.fetchone()
        conn.commit()
        return str(row["id"])

    return app


def main():
    path, what, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    client = make_app(path).test_client()
    body = ""
    start, cpu = time.perf_counter_ns(), time.process_time_ns()
    for i in range(n):
        if what == "list":
            r = client.get("/")
        else:
            r = client.post("/add", data={"title": "task %d" % i})
        body = r.get_data(as_text=True)
    wall, cpu = time.perf_counter_ns() - start, time.process_time_ns() - cpu
    print(json.dumps({"out": body, "ns": wall // n, "cpu_ns": cpu // n}))


if __name__ == "__main__":
    main()
