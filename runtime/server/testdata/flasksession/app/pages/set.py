import uuid
from datetime import datetime, timezone

from flask import Markup, session


def get():
    session.update({
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
    })
    session.permanent = True
    return "set"
