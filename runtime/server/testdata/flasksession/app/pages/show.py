from flask import session


def get():
    return "".join(f"{k}: {session[k]!r}\n" for k in sorted(session))
