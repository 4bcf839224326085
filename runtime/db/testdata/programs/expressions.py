# Column expressions and the SQL they render (reference §8: Task.done ==
# False, &, |, in_, like, order_by/limit/offset). Expected output: hfc's,
# reviewed against sqlorm 0.4's sql.py (parts joined by single spaces).
from hyperflask.factory import db


class Task(db.Model):
    title: str
    done: bool = db.Column(default=False)
    rank: int


for e in [
    Task.done == False,
    Task.title != None,
    Task.title == None,
    (Task.done == False) & (Task.rank > 2),
    (Task.rank < 1) | (Task.rank >= 10),
    ~(Task.done == True),
    Task.id.in_([1, 2, 3]),
    Task.id.notin((4,)),
    Task.title.like("a%"),
    Task.select_from(),
    Task.select_from().where(Task.id == 1).limit(1),
    db.SQL.select("*").from_("task").order_by("title"),
    db.SQL.insert("task", {"title": "x", "rank": 2}),
    db.SQL.update("task", {"title": "y"}).where("id = 1"),
    db.SQL.funcs.count("*"),
    db.SQL.And([]),
]:
    print(str(e), e.render()[1] if hasattr(e, "render") else "")

db.create_all()
with db:
    for i, t in enumerate(["b", "a", "d", "c", "e"]):
        Task.create(title=t, rank=i, done=i % 2 == 0)
print([t.title for t in Task.find_all(Task.done == False)])
print([t.title for t in Task.find_all((Task.rank > 0) & (Task.rank < 4), order_by=Task.title)])
print([t.title for t in Task.find_all(Task.title.in_(["a", "e", "z"]), order_by="title DESC")])
print([t.title for t in Task.find_all(order_by=Task.rank, limit=2, offset=1)])
print([t.title for t in Task.find_all(done=True, rank=4)])
print([t.title for t in Task.find_all("rank >= 3", order_by=[Task.done, "title"])])
print([t.title for t in Task.query("SELECT * FROM task WHERE title LIKE 'a%'")])
print(Task.find_one(order_by="rank DESC").title)
rs = Task.find_all()
print(rs.first().title, rs.first())
rs = Task.find_all(order_by="rank")
print(next(iter(rs)).title, [t.title for t in rs], list(rs))
print(Task.find_all(limit=2).all())
