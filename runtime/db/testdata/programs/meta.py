# Model.Meta options (sqlorm's model.py): auto_primary_key (a name, or None),
# auto_primary_key_type, allow_unknown_columns, columns_default_nullable,
# insert_update_dirty_only; inherited from the Meta of the bases. Expected
# output: hfc's, reviewed against sqlorm 0.4's source.
import abc
from hyperflask.factory import db


print(db.Model.Meta.auto_primary_key, db.Model.Meta.allow_unknown_columns, db.Model.Meta.insert_update_dirty_only)


class Code(db.Model):
    class Meta:
        auto_primary_key = "code_id"

    label: str


class Strict(db.Model, abc.ABC):
    class Meta:
        allow_unknown_columns = False
        columns_default_nullable = False


class Item(Strict):
    name: str


class Tagged(Strict):
    class Meta:
        columns_default_nullable = True

    tag: str


class Plain(db.Model):
    class Meta:
        auto_primary_key = None

    key: str = db.Column(primary_key=True)
    value: str


class Everything(db.Model):
    class Meta:
        insert_update_dirty_only = False

    a: str
    b: str


print(Code.c.names, Code.code_id.primary_key, hasattr(Code, "id"))
print(Item.c.names, Item.name.nullable, Tagged.c.names, Tagged.tag.nullable)
print(Plain.c.names, Plain.key.primary_key)
db.create_all()
with db:
    c = Code.create(label="x")
    print(c.code_id, Code.get(c.code_id).label)
    Item.create(name="n")
    Tagged.create(tag="t")
    Plain.create(key="k", value="v")
    e = Everything.create(a="1", b="2")
item = Item.query("SELECT id, name, 'extra' AS extra FROM item").first()
print(item.name, hasattr(item, "extra"))
tagged = Tagged.query("SELECT id, tag, 'extra' AS extra FROM tagged").first()
print(tagged, Tagged.tag.nullable)
code = Code.query("SELECT code_id, label, 'extra' AS extra FROM code").first()
print(code.label, code.extra)
print(Plain.get("k").value)

e = Everything.get(e.id)
@db.execute
def change_b():
    "UPDATE everything SET b = 'changed elsewhere'"


@db.execute
def empty_items():
    "DELETE FROM item"


with db:
    change_b()
    e.a = "3"
    e.save()
print(Everything.get(e.id).a, Everything.get(e.id).b)
with db:
    empty_items()
    try:
        Item.create(name=None)
    except Exception as exc:
        print(type(exc).__name__, exc)


class Bad(db.Model):
    class Meta:
        auto_primary_key = 3

    x: str
