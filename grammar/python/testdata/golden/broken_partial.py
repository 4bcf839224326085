page.title = request.
items = db.query(
total = sum(x for x in items if x.
name = user.name
