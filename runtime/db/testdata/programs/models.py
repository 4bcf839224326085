# Models (reference §8): annotations map to columns, an integer id is added,
# table names, db.Column options, CREATE TABLE, and the CRUD API with dirty
# tracking. Expected output: hfc's, reviewed against sqlorm 0.4's source.
import abc
import datetime
from hyperflask.factory import db


class Message(db.Model):
    text: str
    views: int = db.Column(default=0)
    score: float
    flagged: bool = db.Column(default=False)
    sent: datetime.datetime


class Person(db.Model):
    __table__ = "people"
    name: str = db.Column(unique=True, nullable=False)
    data: dict


class Stamped(db.Model, abc.ABC):
    created: str = db.Column(default="today")


class Note(Stamped):
    body: str


print(Message.table, Person.table, Note.table)
print(Message.c.names, Person.c.names, Note.c.names)
print(Message.id.primary_key, Message.views.default, Person.name.unique, Person.name.nullable)
print(type(Message.c), Message.c.views, repr(Message.text))
print(db.models)
db.create_all()

with db:
    m = Message.create(text="hello", score=1.5, sent=datetime.datetime(2024, 1, 2, 3, 4, 5))
print(repr(m), m.id, m.text, m.views, m.score, m.flagged, m.sent)
m2 = Message(text="draft")
print(repr(m2), m2.views, m2.id, m2.__dirty__ == {"text", "views", "flagged"})
with db:
    print(m2.save(), m2.id, m2.__dirty__)
    m2.text = "edited"
    print(m2.__dirty__)
    print(m2.save(), m2.update())
print(Message.get(2).text, Message.get(3))
with db:
    p = Person.create(name="Ada", data={"langs": ["en", "fr"]})
print(Person.get(p.id).data, type(Person.get(p.id).data))
with db:
    print(Message.get(1).delete(), Message(text="x").delete())
print([x.text for x in Message.find_all()])
n = Message.find_one()
n.text = "changed locally"
print(n.refresh(), n.text)
with db:
    Note.create(body="n1")
print([(x.body, x.created, x.id) for x in Note.find_all()])
print(Message.find_one(text="nothing"), Message.find_one(Message.text == "edited").id)


class Todo(db.Model):
    table = "tasks"
    id: int
    title: str = db.Column(type="varchar(20)")
    done = db.Column("completed", bool, default=False)


print(Todo.table, Todo.c.names, Todo.id.primary_key, Todo.done.name, Todo.done.attribute)
db.init_db()  # creates the missing table only
with db:
    t = Todo()
    t.title = "my task"
    t.save()
print(t.id, t.done, [(x.title, x.done) for x in Todo.find_all("NOT completed")])
t2 = Todo()
t2.id = 1
print(t2.refresh(), t2.title)
