from hyperflask import db, request
from models import Task


def post():
    with db:
        task = Task.create(title=request.form["title"])
    return str(task.id)
