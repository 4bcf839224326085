"""The data-layer pages of bench/db as a Flask 2.2 app for gunicorn, the peer
of `hfc serve` on bench/db/testdata/app in bench/serve/run.py: the list page
(100 rows from Python's sqlite3, rendered by Jinja2) and the write endpoint
(POST /add: one INSERT committed). The app is bench/db/flask_harness.py's,
on the database file named by $BENCH_DB."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "db"))

from flask_harness import make_app  # noqa: E402

app = make_app(os.environ["BENCH_DB"])
