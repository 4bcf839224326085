"""Blog application module: models, queries, forms and page helpers.

A realistic module of the size a Hyperflask app carries in app/, used to
check the parser against CPython and to benchmark it.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

from hyperflask import current_app, db, flash, htmx_redirect, page, request
from hyperflask.utils import slugify

from .models import Comment, Post, Tag, User

__all__ = ["PostForm", "list_posts", "get_post", "render_archive"]

PAGE_SIZE = 20
MAX_TITLE = 120
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
STATUS_LABELS = {
    "draft": "Draft",
    "review": "In review",
    "published": "Published",
    "archived": "Archived",
}
DEFAULT_TAGS = ("news", "release", "tutorial")


class ValidationError(Exception):
    """Raised when a form does not validate."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field_name = field_name
        self.message = message


@dataclass
class Pagination:
    page: int
    per_page: int
    total: int
    items: list = field(default_factory=list)

    @property
    def pages(self) -> int:
        if self.per_page <= 0:
            return 0
        return (self.total + self.per_page - 1) // self.per_page

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    def iter_pages(self, left_edge=2, left_current=2, right_current=5, right_edge=2):
        last = 0
        for num in range(1, self.pages + 1):
            if (
                num <= left_edge
                or (self.page - left_current - 1 < num < self.page + right_current)
                or num > self.pages - right_edge
            ):
                if last + 1 != num:
                    yield None
                yield num
                last = num


@dataclass
class PostForm:
    title: str = ""
    slug: str = ""
    body: str = ""
    tags: list[str] = field(default_factory=list)
    status: str = "draft"
    publish_at: Optional[dt.datetime] = None
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_request(cls, data: dict[str, Any]) -> "PostForm":
        tags = [t.strip().lower() for t in data.get("tags", "").split(",") if t.strip()]
        form = cls(
            title=data.get("title", "").strip(),
            slug=data.get("slug", "").strip() or slugify(data.get("title", "")),
            body=data.get("body", ""),
            tags=tags,
            status=data.get("status", "draft"),
        )
        if raw := data.get("publish_at"):
            try:
                form.publish_at = dt.datetime.fromisoformat(raw)
            except ValueError:
                form.errors["publish_at"] = f"not a date: {raw!r}"
        return form

    def validate(self) -> bool:
        if not self.title:
            self.errors["title"] = "a title is required"
        elif len(self.title) > MAX_TITLE:
            self.errors["title"] = f"at most {MAX_TITLE} characters ({len(self.title)} given)"
        if not SLUG_RE.match(self.slug):
            self.errors["slug"] = "lowercase letters, digits and dashes only"
        if self.status not in STATUS_LABELS:
            self.errors["status"] = "unknown status %r" % self.status
        unknown = {t for t in self.tags if not t.isidentifier() and not t.replace("-", "").isalnum()}
        if unknown:
            self.errors["tags"] = "invalid tags: " + ", ".join(sorted(unknown))
        return not self.errors

    def raise_first_error(self):
        for name, message in self.errors.items():
            raise ValidationError(name, message)


def paginate(query, page_number: int = 1, per_page: int = PAGE_SIZE) -> Pagination:
    page_number = max(1, int(page_number or 1))
    total = query.count()
    items = query.limit(per_page).offset((page_number - 1) * per_page).all()
    return Pagination(page=page_number, per_page=per_page, total=total, items=items)


def list_posts(*, tag: str | None = None, author: str | None = None, include_drafts=False, page_number=1):
    query = Post.query.order_by(Post.published_at.desc())
    if not include_drafts:
        query = query.filter(Post.status == "published")
    if tag:
        query = query.join(Post.tags).filter(Tag.name == tag)
    if author is not None:
        query = query.join(Post.author).filter(User.username == author)
    return paginate(query, page_number)


def get_post(slug: str, *, for_user: User | None = None) -> Post:
    post = Post.query.filter_by(slug=slug).first()
    if post is None:
        page.abort(404)
    if post.status != "published" and (for_user is None or for_user.id != post.author_id):
        page.abort(403)
    return post


def reading_time(text: str, words_per_minute: int = 200) -> int:
    words = len(re.findall(r"\w+", text))
    minutes, rest = divmod(words, words_per_minute)
    return minutes + (1 if rest else 0) or 1


def excerpt(text: str, length: int = 160, suffix: str = "…") -> str:
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - len(suffix)]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(",.;:") + suffix


def group_by_month(posts: Iterable[Post]) -> dict[tuple[int, int], list[Post]]:
    groups: dict[tuple[int, int], list[Post]] = {}
    for post in posts:
        key = (post.published_at.year, post.published_at.month)
        groups.setdefault(key, []).append(post)
    return dict(sorted(groups.items(), key=lambda item: item[0], reverse=True))


def render_archive(posts: Iterable[Post]) -> list[dict[str, Any]]:
    archive = []
    for (year, month), items in group_by_month(posts).items():
        label = dt.date(year, month, 1).strftime("%B %Y")
        archive.append(
            {
                "label": label,
                "count": len(items),
                "posts": [
                    {"title": p.title, "url": f"/blog/{p.slug}", "minutes": reading_time(p.body)}
                    for p in items
                ],
            }
        )
    return archive


def tag_cloud(posts: Iterable[Post], *, min_size=0.8, max_size=2.0) -> list[tuple[str, float]]:
    counts: dict[str, int] = {}
    for post in posts:
        for tag in post.tags:
            counts[tag.name] = counts.get(tag.name, 0) + 1
    if not counts:
        return []
    low, high = min(counts.values()), max(counts.values())
    spread = (high - low) or 1
    return [
        (name, round(min_size + (count - low) * (max_size - min_size) / spread, 2))
        for name, count in sorted(counts.items())
    ]


class CommentThread:
    """Comments of a post, nested by reply."""

    def __init__(self, post: Post, comments: list[Comment] | None = None):
        self.post = post
        self._comments = comments if comments is not None else list(post.comments)
        self._children: dict[int | None, list[Comment]] = {}
        for comment in self._comments:
            self._children.setdefault(comment.parent_id, []).append(comment)

    def __len__(self) -> int:
        return len(self._comments)

    def __iter__(self) -> Iterator[tuple[int, Comment]]:
        yield from self._walk(None, 0)

    def __contains__(self, comment) -> bool:
        return any(c.id == comment.id for c in self._comments)

    def __repr__(self) -> str:
        return f"<CommentThread post={self.post.slug!r} comments={len(self)}>"

    def _walk(self, parent_id, depth):
        for comment in sorted(self._children.get(parent_id, []), key=lambda c: c.created_at):
            yield depth, comment
            yield from self._walk(comment.id, depth + 1)

    def add(self, author: User, body: str, parent: Comment | None = None) -> Comment:
        body = body.strip()
        if not body:
            raise ValidationError("body", "a comment cannot be empty")
        if len(body) > 5_000:
            raise ValidationError("body", "a comment is at most 5000 characters")
        comment = Comment(post=self.post, author=author, body=body, parent_id=parent.id if parent else None)
        db.session.add(comment)
        self._comments.append(comment)
        self._children.setdefault(comment.parent_id, []).append(comment)
        return comment


def save_post(form: PostForm, author: User, post: Post | None = None) -> Post:
    if not form.validate():
        form.raise_first_error()
    with db.session.begin_nested():
        if post is None:
            post = Post(author=author)
            db.session.add(post)
        post.title = form.title
        post.slug = form.slug
        post.body = form.body
        post.status = form.status
        post.published_at = form.publish_at or (dt.datetime.now() if form.status == "published" else None)
        existing = {t.name: t for t in Tag.query.filter(Tag.name.in_(form.tags))}
        post.tags = [existing.get(name) or Tag(name=name) for name in form.tags]
    return post


def handle_post_request(slug: str | None = None):
    user = current_app.login_manager.current_user
    post = get_post(slug, for_user=user) if slug else None
    if request.method == "POST":
        form = PostForm.from_request(request.form)
        try:
            post = save_post(form, user, post)
        except ValidationError as error:
            flash(error.message, "error")
            page.form = form
            page.status = 422
            return
        else:
            db.session.commit()
            flash(f"Saved “{post.title}”.", "success")
            return htmx_redirect(f"/blog/{post.slug}")
        finally:
            page.saved_at = dt.datetime.now()
    page.form = PostForm(
        title=post.title if post else "",
        slug=post.slug if post else "",
        body=post.body if post else "",
        tags=[t.name for t in post.tags] if post else list(DEFAULT_TAGS),
        status=post.status if post else "draft",
    )


def export_posts(posts: Iterable[Post], *, pretty: bool = False) -> str:
    payload = [
        {
            "title": post.title,
            "slug": post.slug,
            "status": STATUS_LABELS.get(post.status, post.status),
            "tags": sorted(tag.name for tag in post.tags),
            "published": post.published_at.isoformat() if post.published_at else None,
            "words": len(post.body.split()),
        }
        for post in posts
        if post.status != "archived"
    ]
    return json.dumps(payload, indent=2 if pretty else None, ensure_ascii=False)


def parse_query(args: dict[str, str]) -> dict[str, Any]:
    result: dict[str, Any] = {"page_number": 1}
    for key, value in args.items():
        match key, value:
            case "page", v if v.isdigit():
                result["page_number"] = int(v)
            case "tag", v:
                result["tag"] = v.lower()
            case "author", v if v:
                result["author"] = v
            case "drafts", ("1" | "true" | "yes"):
                result["include_drafts"] = True
            case _:
                pass
    return result


def describe_status(post: Post) -> str:
    match post:
        case Post(status="published", published_at=when) if when is not None:
            return f"published on {when:%d %B %Y}"
        case Post(status="draft"):
            return "draft"
        case Post(status=other):
            return STATUS_LABELS.get(other, other).lower()
    return "unknown"


class Feed:
    def __init__(self, title, link, description, *, language="en"):
        self.title = title
        self.link = link
        self.description = description
        self.language = language
        self.items = []

    def add_item(self, **fields):
        required = {"title", "link", "pubdate"}
        if missing := required - fields.keys():
            raise ValueError("missing feed fields: " + ", ".join(sorted(missing)))
        self.items.append(fields)

    def write(self) -> str:
        lines = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0"><channel>']
        lines += [
            f"<title>{escape(self.title)}</title>",
            f"<link>{self.link}</link>",
            f"<description>{escape(self.description)}</description>",
            f"<language>{self.language}</language>",
        ]
        for item in self.items:
            lines.append("<item>")
            for key in ("title", "link", "description"):
                if key in item:
                    lines.append(f"<{key}>{escape(str(item[key]))}</{key}>")
            lines.append(f"<pubDate>{item['pubdate']:%a, %d %b %Y %H:%M:%S} +0000</pubDate>")
            lines.append("</item>")
        lines.append("</channel></rss>")
        return "\n".join(lines)


def escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )


def build_feed(posts: Iterable[Post]) -> str:
    feed = Feed("Blog", current_app.config.get("SITE_URL", "http://localhost"), "Latest posts")
    for post in list(posts)[:20]:
        feed.add_item(
            title=post.title,
            link=f"{feed.link}/blog/{post.slug}",
            description=excerpt(post.body),
            pubdate=post.published_at,
        )
    return feed.write()


def stats(posts: list[Post]) -> dict[str, Any]:
    by_status = {status: 0 for status in STATUS_LABELS}
    total_words = 0
    longest: Post | None = None
    for post in posts:
        by_status[post.status] = by_status.get(post.status, 0) + 1
        words = len(post.body.split())
        total_words += words
        if longest is None or words > len(longest.body.split()):
            longest = post
    average = total_words / len(posts) if posts else 0.0
    return {
        "count": len(posts),
        "by_status": by_status,
        "average_words": round(average, 1),
        "longest": longest.title if longest else None,
        "ratio_published": by_status.get("published", 0) / max(len(posts), 1),
    }


def batched(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def notify_subscribers(post: Post, subscribers, send):
    sent = 0
    async with current_app.mailer.connection() as conn:
        for group in batched(subscribers, 50):
            results = await send(conn, [s.email for s in group], subject=f"New post: {post.title}")
            sent += sum(1 for ok in results if ok)
    return sent


def _normalize(value):
    if isinstance(value, str):
        return value.strip()
    elif isinstance(value, (list, tuple)):
        return type(value)(_normalize(v) for v in value)
    elif isinstance(value, dict):
        return {k: _normalize(v) for k, v in value.items()}
    return value


def merge_settings(*layers: dict, **overrides) -> dict:
    merged: dict = {}
    for layer in (*layers, overrides):
        for key, value in layer.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = merge_settings(merged[key], value)
            else:
                merged[key] = _normalize(value)
    return merged


class Cache:
    def __init__(self, ttl: float = 60.0):
        self.ttl = ttl
        self._data: dict[str, tuple[float, Any]] = {}
        self.hits = self.misses = 0

    def get(self, key, default=None, /):
        now = dt.datetime.now().timestamp()
        try:
            expires, value = self._data[key]
        except KeyError:
            self.misses += 1
            return default
        if expires < now:
            del self._data[key]
            self.misses += 1
            return default
        self.hits += 1
        return value

    def set(self, key, value, ttl=None):
        self._data[key] = (dt.datetime.now().timestamp() + (ttl or self.ttl), value)

    def memoize(self, func):
        def wrapper(*args, **kwargs):
            key = f"{func.__name__}:{args!r}:{sorted(kwargs.items())!r}"
            if (cached := self.get(key)) is not None:
                return cached
            result = func(*args, **kwargs)
            self.set(key, result)
            return result

        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        return wrapper


cache = Cache(ttl=300)


@cache.memoize
def popular_tags(limit=10):
    rows = db.session.execute(
        "SELECT tags.name, COUNT(*) AS n FROM tags JOIN post_tags ON tags.id = post_tags.tag_id "
        "GROUP BY tags.name ORDER BY n DESC LIMIT :limit",
        {"limit": limit},
    )
    return [(name, n) for name, n in rows]


page.title = "Blog"
page.posts = list_posts(**parse_query(request.args))
page.archive = render_archive(page.posts.items)
page.tags = tag_cloud(page.posts.items)
page.popular = popular_tags()
page.stats = stats(page.posts.items) if page.posts.items else {}
