from app.posts import add


def post():
    slug = add(request.form["title"])
    return redirect(url_for("<slug>", slug=slug))
