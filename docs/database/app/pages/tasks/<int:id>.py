from hyperflask import db, redirect
from models import Task


def post(id):
    task = Task.get_or_404(id)
    with db:
        task.finish()
    return redirect("/")
