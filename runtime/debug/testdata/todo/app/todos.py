"""The todo list of the debugger's test app."""

TODOS = [
    {"title": "Write the debugger", "done": True},
    {"title": "Test it", "done": False},
    {"title": "Document it", "done": False},
]


def describe(todo):
    state = "done" if todo["done"] else "open"
    return todo["title"] + " (" + state + ")"
