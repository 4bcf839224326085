from hyperflask.factory import db


class Todo(db.Model):
    title: str
    done: bool = db.Column(default=False)
