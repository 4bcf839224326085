# Errors: constraint violations raise sqlite3.IntegrityError (also
# db.IntegrityError), SQL errors OperationalError with SQLite's message,
# an exception inside `with db:` leaves no partial write, nested blocks
# commit at the outermost exit. Expected output: hfc's.
import sqlite3
from hyperflask.factory import db


class User(db.Model):
    email: str = db.Column(unique=True)


db.create_all()
with db:
    User.create(email="a@x")
try:
    with db:
        User.create(email="b@x")
        User.create(email="a@x")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e, isinstance(e, db.IntegrityError), isinstance(e, sqlite3.DatabaseError))
print([u.email for u in User.find_all()])
try:
    with db:
        User.create(email="c@x")
        raise ValueError("boom")
except ValueError:
    pass
print([u.email for u in User.find_all()])
with db:
    User.create(email="d@x")
    with db:
        User.create(email="e@x")
    print("inner done")
print([u.email for u in User.find_all()])
try:
    User.query("SELECT nope FROM user")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    User.query("SELEC 1")
except db.OperationalError as e:
    print("OperationalError:", e)


@db.sqlfunc
def broken(x):
    "SELECT {x +} FROM user"


try:
    broken(1)
except SyntaxError as e:
    print("SyntaxError:", str(e).split(" in an expression")[0] != "")
User.query("SELECT * FROM missing_table")
