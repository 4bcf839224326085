# Errors: constraint violations raise sqlite3.IntegrityError (also
# db.IntegrityError), SQL errors OperationalError with the database's
# message, an exception inside `with db:` leaves no partial write, nested
# blocks commit at the outermost exit. The model is Account, not User:
# user is a reserved word in PostgreSQL. Expected output: hfc's.
import sqlite3
from hyperflask.factory import db


class Account(db.Model):
    email: str = db.Column(unique=True)


db.create_all()
with db:
    Account.create(email="a@x")
try:
    with db:
        Account.create(email="b@x")
        Account.create(email="a@x")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e, isinstance(e, db.IntegrityError), isinstance(e, sqlite3.DatabaseError))
print([u.email for u in Account.find_all()])
try:
    with db:
        Account.create(email="c@x")
        raise ValueError("boom")
except ValueError:
    pass
print([u.email for u in Account.find_all()])
with db:
    Account.create(email="d@x")
    with db:
        Account.create(email="e@x")
    print("inner done")
print([u.email for u in Account.find_all()])
# A constraint error caught inside the block: SQLite carries on and
# commits the rest; PostgreSQL has aborted the transaction, so the next
# statement fails and the block rolls back.
try:
    with db:
        try:
            Account.create(email="a@x")
        except db.IntegrityError:
            print("caught inside the block")
        Account.create(email="f@x")
except db.Error as e:
    print(type(e).__name__ + ":", e)
print([u.email for u in Account.find_all()])
try:
    Account.query("SELECT nope FROM account")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    Account.query("SELEC 1")
except db.OperationalError as e:
    print("OperationalError:", e)


@db.sqlfunc
def broken(x):
    "SELECT {x +} FROM account"


try:
    broken(1)
except SyntaxError as e:
    print("SyntaxError:", str(e).split(" in an expression")[0] != "")
Account.query("SELECT * FROM missing_table")
