# SQL in docstrings (reference §8): {expr} inlined, %(name)s bound, the
# model table inserted for SELECT WHERE / INSERT INTO / UPDATE SET / DELETE
# WHERE, WHERE SELF, the fetch decorators and @sqlfunc. Expected output:
# hfc's, reviewed against sqlorm 0.4's model.py and sqlfunc.py.
from hyperflask.factory import db


class Task(db.Model):
    title: str
    rank: int = db.Column(default=0)

    @classmethod
    def by_title(cls, title):
        "SELECT WHERE title = %(title)s"

    @classmethod
    def top(cls, n=2):
        "WHERE rank > 0 ORDER BY rank DESC LIMIT {n}"

    @classmethod
    @db.fetchone
    def first_ranked(cls):
        "SELECT * FROM {cls.table} WHERE rank > 0 ORDER BY rank"

    @classmethod
    @db.fetchscalar
    def count(cls):
        "SELECT COUNT(*) FROM {Task.table}"

    @classmethod
    @db.fetchscalars
    def titles(cls):
        "SELECT title FROM task ORDER BY title"

    @classmethod
    def add(cls, title):
        "INSERT INTO (title, rank) VALUES (%(title)s, 1)"

    def bump(self):
        "UPDATE SET rank = rank + 1 WHERE SELF RETURNING *"

    @classmethod
    def purge(cls, rank):
        "DELETE WHERE rank = %(rank)s"

    def helper(self):
        "A method with a docstring and a body is a normal method."
        return "normal " + self.title


@db.sqlfunc
def tasks_named(prefix):
    "SELECT title, rank FROM task WHERE title LIKE %(prefix + '%')s ORDER BY title"


@db.sqlfunc
def rename_all(suffix):
    "UPDATE task SET title = title || %(suffix)s"


db.create_all()
with db:
    for t in ["alpha", "beta", "gamma"]:
        Task.create(title=t)
    Task.add("delta")
print(Task.count(), Task.titles())
print([t.title for t in Task.by_title("beta")])
with db:
    t = Task.by_title("beta").first()
    print(t.bump() is t, t.rank)
    t.bump()
    print(t.rank)
print([(t.title, t.rank) for t in Task.top()], [t.title for t in Task.top(1)])
print(Task.first_ranked().title)
print(Task.get(1).helper())
with db:
    print(tasks_named("g")[0]["title"], [tuple(r) for r in tasks_named("")])
    rename_all("!")
    Task.purge(0)
print(Task.titles())
