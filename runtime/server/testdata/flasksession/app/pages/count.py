from flask import session


def get():
    session["count"] = session.get("count", 0) + 1
    return str(session["count"])
