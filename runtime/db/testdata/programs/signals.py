# sqlorm's model signals (blinker): receivers for any model or one class,
# the (sender, obj=…) call, False cancelling, a returned statement replacing
# the operation's, before_query's tuple and result set, disconnect, and the
# signals of a second model class staying quiet. Expected output: hfc's,
# reviewed against sqlorm 0.4's model.py and blinker 1.x.
from hyperflask.factory import db


class Task(db.Model):
    title: str


class Note(db.Model):
    body: str


db.create_all()
print(Task.before_insert is Note.before_insert, Task.before_insert.name)


@Task.before_insert.connect
def log_insert(sender, obj):
    print("before_insert", sender.__name__, obj.title if isinstance(obj, Task) else obj.body)


@Task.after_insert.connect_via(Task)
def after_task(sender, obj):
    print("after_insert", sender.__name__, obj.id)


def veto(sender, obj, is_new):
    print("before_save", sender.__name__, is_new)
    if obj.title == "secret":
        return False


Task.before_save.connect(veto, sender=Task)

with db:
    t = Task.create(title="write")
    n = Note.create(body="hello")
    print(Task(title="secret").save(), Task(title="open").save())
    t.title = "rewrite"
    print(t.save())

Task.before_save.disconnect(veto)
print(Task.before_save.has_receivers_for(Task), Task.before_insert.has_receivers_for(Note))


@Task.before_query.connect
def only_open(sender, stmt, params):
    if sender is Task and "forbidden" in str(stmt):
        return False
    return None


print(len(Task.find_all().all()), len(Task.query("SELECT * FROM task WHERE 'forbidden' = 'forbidden'").all()))
Task.before_query.disconnect(only_open)


@Task.before_delete.connect
def soft_delete(sender, obj):
    return "UPDATE task SET title = 'deleted' WHERE id = %d" % obj.id


with db:
    print(t.delete())
print([x.title for x in Task.find_all(order_by=Task.id)])
print([(r is soft_delete, v) for r, v in Task.before_delete.send(Task, obj=t)])
