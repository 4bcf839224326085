"""Flask's own session cookies, for TestFlaskSessionCookies.

    flask_session.py sign SECRET      prints a cookie that Flask signs for SESSION
    flask_session.py load SECRET COOKIE   prints the session Flask reads from COOKIE,
                                          or "invalid: " and the exception's class
    flask_session.py csrf SECRET         GET of a Flask app answering Flask-WTF's generate_csrf():
                                          prints the token, then the session cookie
    flask_session.py check SECRET COOKIE TOKEN   POST to a Flask app answering "valid" or
                                          the reason Flask-WTF's validate_csrf gives
    flask_session.py count SECRET COOKIE  GET /count of a Flask app whose view adds 1 to
                                          session["count"]: prints the body, then the
                                          session cookie it sets

Both print the values as `key: repr(value)` lines, keys sorted, which is what the
hfc page of the test prints too.
"""
import sys
import uuid
from datetime import datetime, timezone

from flask import Flask, session
from markupsafe import Markup

SESSION = {
    "user": "ann",
    "n": 3,
    "f": 1.5,
    "none": None,
    "flag": True,
    "t": (1, "two", (3,)),
    "l": [1, [2, {"k": "v"}]],
    "b": b"\x00bytes\xff",
    "m": Markup("<b>safe</b>"),
    "u": uuid.UUID("12345678-1234-5678-1234-567812345678"),
    "d": datetime(2026, 11, 25, 18, 30, 5, tzinfo=timezone.utc),
    "di": {" t": [1, 2]},
    "nested": {"a": (1, 2), "é": "ünïcode"},
    "long": "abc" * 40,
    "_permanent": True,
}


def show(d):
    for k in sorted(d):
        print(f"{k}: {d[k]!r}")


def count(app, cookie):
    @app.get("/count")
    def view():
        session["count"] = session.get("count", 0) + 1
        return str(session["count"])

    client = app.test_client()
    client.set_cookie("localhost", "session", cookie)
    r = client.get("/count")
    print(r.text)
    print(r.headers["Set-Cookie"].split(";")[0].split("=", 1)[1])


def csrf(app, cookie=None, token=None):
    from flask import request
    from flask_wtf.csrf import generate_csrf, validate_csrf
    from wtforms import ValidationError

    @app.get("/csrf")
    def gen():
        return generate_csrf()

    @app.post("/check")
    def check():
        try:
            validate_csrf(request.form["csrf_token"])
        except ValidationError as e:
            return str(e.args[0])
        return "valid"

    client = app.test_client()
    if token is None:
        r = client.get("/csrf")
        print(r.text)
        print(r.headers["Set-Cookie"].split(";")[0].split("=", 1)[1])
    else:
        client.set_cookie("localhost", "session", cookie)
        print(client.post("/check", data={"csrf_token": token}).text)


def main():
    app = Flask(__name__)
    app.secret_key = sys.argv[2]
    si = app.session_interface
    s = si.get_signing_serializer(app)
    with app.test_request_context():
        if sys.argv[1] == "sign":
            print(s.dumps(SESSION))
        elif sys.argv[1] == "load":
            try:
                show(s.loads(sys.argv[3], max_age=int(app.permanent_session_lifetime.total_seconds())))
            except Exception as e:  # BadSignature and its subclasses
                print("invalid:", type(e).__name__)
        elif sys.argv[1] == "csrf":
            csrf(app)
        elif sys.argv[1] == "check":
            csrf(app, sys.argv[3], sys.argv[4])
        elif sys.argv[1] == "count":
            count(app, sys.argv[3])
        elif sys.argv[1] == "show":
            show(SESSION)


main()
