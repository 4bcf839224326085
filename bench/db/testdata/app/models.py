from hyperflask.factory import db


class Task(db.Model):
    title: str
    done: bool = db.Column(default=False)
