"""In-memory posts of the example blog."""

POSTS = [
    {"slug": "hello-world", "title": "Hello world", "body": "The first post of this blog."},
    {"slug": "release-notes", "title": "Release notes", "body": "What changed, and why."},
]


def find(slug):
    for post in POSTS:
        if post["slug"] == slug:
            return post
    return None


def add(title, body=""):
    slug = "-".join(title.lower().split())
    POSTS.append({"slug": slug, "title": title, "body": body})
    return slug
