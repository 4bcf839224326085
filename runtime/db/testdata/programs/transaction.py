# `with db as tx:` binds sqlorm's Transaction: execute (one statement or a
# list), fetchall/fetchone/fetchscalar/fetchscalars with ? parameters or SQL
# pieces, model hydration, commit and rollback (virtual when nested).
# Expected output: hfc's, reviewed against sqlorm 0.4's engine.py.
from hyperflask.factory import db


class Task(db.Model):
    title: str
    done: bool = db.Column(default=False)


def q(sql):
    """The statement with the driver's placeholders (? for SQLite, $n for
    PostgreSQL: raw statements go to the driver as they are)."""
    if db.uri.startswith("sqlite"):
        return sql
    parts = sql.split("?")
    return parts[0] + "".join("$%d%s" % (i, p) for i, p in enumerate(parts[1:], 1))


db.create_all()
with db as tx:
    print(type(tx).__name__, tx.virtual)
    tx.execute(q("INSERT INTO task (title, done) VALUES (?, ?)"), ["write", False])
    tx.execute(["INSERT INTO task (title) VALUES ('read')", "INSERT INTO task (title) VALUES ('rest')"])
    print(tx.fetchscalar("SELECT count(*) FROM task"))
    print(tx.fetchscalars("SELECT title FROM task ORDER BY id"))
    row = tx.fetchone(q("SELECT id, title FROM task WHERE title = ?"), ("read",))
    print(row["title"], row[0])
    print(tx.fetchall(q("SELECT * FROM task WHERE title LIKE ?"), ["re%"], model=Task))
    print(list(tx.fetchall(Task.select_from().where(Task.done == False), model=Task)))
    with db as inner:
        print(inner.virtual)
        inner.execute("DELETE FROM task WHERE title = 'rest'")
        inner.rollback()
        print(inner.ended)
print(Task.find_all().all())

with db as tx:
    tx.execute("DELETE FROM task")
    tx.rollback()
    try:
        tx.execute("DELETE FROM task")
    except Exception as exc:
        print(type(exc).__name__, exc)
print(len(Task.find_all().all()))

try:
    with db as tx:
        tx.fetchall("SELECT * FROM task WHERE id = :id", {"id": 1})
except TypeError as exc:
    print(exc)
try:
    with db as tx:
        tx.execute("INSERT INTO nowhere VALUES (1)")
except Exception as exc:
    print(type(exc).__name__, exc)

# db.session: Flask-SQLORM's proxy to the current session.
try:
    db.session.in_transaction
except Exception as exc:
    print(type(exc).__name__)
with db:
    print(db.session.in_transaction, db.session.transaction.virtual)
    Task.create(title="in session")
    db.session.rollback()
with db.session as tx:
    print(type(tx).__name__, db.session.in_transaction)
    tx.execute("DELETE FROM task WHERE title = 'write'")
print(sorted(t.title for t in Task.find_all()))
