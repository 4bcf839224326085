from hyperflask.factory import db


class Task(db.Model):
    __macro__ = "TaskItem(task)"
    title: str = db.Column(unique=True)
    done: bool = db.Column(default=False)

    @classmethod
    def pending(cls):
        "SELECT WHERE done = false ORDER BY title"

    def finish(self):
        "UPDATE SET done = true WHERE SELF RETURNING *"
