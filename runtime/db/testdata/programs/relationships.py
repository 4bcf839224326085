# Relationships (reference §8): db.Relationship(Target, target_col,
# source_col, single=, lazy=), loaded on access or joined into the SELECT
# (lazy=False, with_rels). The reference documents the third positional
# argument as source_col (sqlorm's is target_attr); hfc follows the
# reference. Expected output: hfc's.
from hyperflask.factory import db


class Room(db.Model):
    name: str


class Message(db.Model):
    text: str
    room_id: int = db.Column(references=Room.id)
    room = db.Relationship(Room, "id", "room_id", single=True)


class Author(db.Model):
    name: str
    books = db.Relationship("Book", "author_id", lazy=False)


class Book(db.Model):
    title: str
    author_id: int = db.Column(references=Author.id)
    body: str = db.Column(lazy=True)


print(str(Message.select_from()))
print(str(Author.select_from()))
print(str(Message.select_from(with_rels=["room"])))
db.create_all()
with db:
    general = Room.create(name="general")
    Room.create(name="random")
    Message.create(text="hi", room_id=general.id)
    m = Message(text="yo")
    m.room = Room.get(2)
    m.save()
    a = Author.create(name="Le Guin")
    Author.create(name="Nobody")
    Book.create(title="Earthsea", author_id=a.id, body="...")
    Book.create(title="Dispossessed", author_id=a.id, body="!!!")
print([(x.text, x.room_id, x.room.name) for x in Message.find_all()])
print([(x.text, x.room.name) for x in Message.find_all(with_rels=["room"])])
for author in Author.find_all(order_by="author.id"):
    print(author.name, sorted(b.title for b in author.books))
b = Book.get(1)
print("body" in b.__dict__, b.body, "body" in b.__dict__)
print([x.title for x in Book.find_all(with_lazy=True) if "body" in x.__dict__])
