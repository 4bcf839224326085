import sqlite3
from hyperflask import db, request, redirect
from models import Task


def post():
    try:
        with db:
            Task.create(title=request.form["title"])
    except sqlite3.IntegrityError:
        return "already on the list", 409
    return redirect("/")
