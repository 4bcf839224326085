"""The pages of bench/serve/app as a Flask 2.2 + Jinja2 app, the peer of
`hfc serve` in bench/serve/run.sh: the same templates (read from the hfc
app, frontmatter dropped), the same data, the same bytes."""
import os

from flask import Flask, render_template
from jinja2 import ChoiceLoader, FileSystemLoader, FunctionLoader

APP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "app", "app")


def page_source(name):
    """A page's template: the text after its frontmatter (reference §1.3)."""
    path = os.path.join(APP, name)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        text = text[end + 5:] if end >= 0 else ""
    return text, path, lambda: False


app = Flask(__name__)
app.secret_key = "bench"
app.jinja_loader = ChoiceLoader([FileSystemLoader(os.path.join(APP, "templates")), FunctionLoader(page_source)])


@app.route("/", endpoint="index")
def index():
    posts = [{"id": i, "title": f"Post number {i}", "tags": ["a", "b", "c"][: i % 3 + 1]} for i in range(1, 21)]
    return render_template("pages/index.jpy", footer="Made with pages", posts=posts)


@app.route("/about", endpoint="about")
def about():
    return render_template("pages/about.html")


@app.route("/posts/<int:id>", endpoint="posts_<int:id>")
def post(id):
    post = {"id": id, "title": f"Post number {id}", "body": "Some text. " * 5}
    return render_template("pages/posts/<int:id>.jpy", footer="Made with pages", post=post)
