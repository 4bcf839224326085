#!/usr/bin/python3
"""HTTP oracle of the conformance suite: serves the app of each HTTP case (a
case with a `requests` section, ../README.md) whose source is `oracle` with
real Flask 2.2 + Werkzeug 2.2 + Jinja2 3.1 (Debian's python3-flask on
CPython 3.11), sends its requests through Flask's test client (one cookie jar
per case, redirects not followed) and writes the transcript to the case's
`responses` section. The runner (conformance/runner) sends the same requests
to hfc over loopback and compares its transcript byte for byte.

    /usr/bin/python3 conformance/gen/http_oracle.py                    # every oracle HTTP case
    /usr/bin/python3 conformance/gen/http_oracle.py --check            # compare only
    /usr/bin/python3 conformance/gen/http_oracle.py routing/http_x ... # some cases

A case holds the project's files (pages/…, templates/…, app/…, public/…,
config.yml) and a `requests` section of requests separated by blank lines,
each a line `METHOD TARGET`, then `Name: value` header lines and an optional
`body: TEXT` line (\\n in TEXT is a newline).

What is Flask's here: routing (werkzeug rules, converters, typed view args,
strict slashes, 404/405 with Allow, automatic HEAD and OPTIONS), the
request object (args/form/values/json/headers/cookies), responses and
their conversion from return values, redirect(), abort() and its error
pages, jsonify, url_for, the signed-cookie session, flash and
get_flashed_messages, and the template environment.

What is modelled (flask-file-routes and Hyperflask cannot run here), from
../../../shared/reference/hyperflask-pages.md: the URL rule and endpoint
of each page (§2.1, §2.2), the page object (§3), the page execution order
(§2.4: the module body fresh per request with the injected names of §1.4,
then the method function with the view args as keywords, a truthy return
being the response), YAML frontmatter (§1.5), Markdown (§2.5),
page.respond/redirect/abort/flash (§2.7), the error pages (§2.7:
templates/404.html and 500.html, else plain text). Where hfc follows the
reference's documented intent rather than its accident, the model does too,
so that the transcripts pin hfc's choices (docs/server.md): methods come
from module-level defs found with Python's ast module and from a
`# methods=` comment on the first line (§10.1-2); files whose path has a
segment starting with "." or "_" are not routes (§10.13); HEAD calls get()
when the page has no head(); page.layout wraps the output as data (§10.7);
the plain-text error pages are text/plain. The case's `options` section
may turn on hfc's compatibility switches: `compat=methods` finds methods
with flask-file-routes' own regular expressions (quoted in §2.3).

Transcript: per request, `### METHOD TARGET`, `status: NNN`, the response
headers but Date, Server, Content-Length, the security headers and the
static file validators, lower-cased and sorted (Allow's methods sorted,
the session cookie's value and cookie dates replaced by placeholders),
then `body: N bytes` and the body.
"""
import ast
import builtins
import os
import re
import shutil
import sys
import tempfile
import types

import casefile as cf  # noqa: E402 - re-executes with /usr/bin/python3

import flask  # noqa: E402
import jinja2  # noqa: E402
import markdown  # noqa: E402
import yaml  # noqa: E402
from markupsafe import Markup  # noqa: E402
from werkzeug.local import LocalProxy  # noqa: E402

# The compatibility switches of the case being run (its `options` section:
# compat=NAME,NAME).
COMPAT = set()

# The sections of a case that are not the app's files.
NOT_FILES = {"requests", "options", "source", "responses"}

# ---------------------------------------------------------------------------
# txtar


def parse_requests(text):
    reqs, cur = [], None
    for line in text.split("\n"):
        if not line.strip():
            if cur:
                reqs.append(cur)
            cur = None
            continue
        if cur is None:
            method, target = line.split(" ", 1)
            cur = {"method": method, "target": target, "headers": [], "body": None}
        elif line.startswith("body: "):
            cur["body"] = line[6:].replace("\\n", "\n")
        else:
            k, v = line.split(":", 1)
            cur["headers"].append((k.strip(), v.strip()))
    if cur:
        reqs.append(cur)
    return reqs


# ---------------------------------------------------------------------------
# The model of flask-file-routes and Hyperflask (reference §1-§3)


def extract_frontmatter(source):
    if source.startswith("---\n"):
        end = source.find("\n---\n", 4)
        if end == -1:
            return "", source[4:]
        return source[end + 5:], source[4:end]
    return source, None


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


class PageResponseException(Exception):
    def __init__(self, response):
        super().__init__()
        self.response = response


class PageContext:
    """flask_file_routes' page object (§3)."""

    def __init__(self):
        object.__setattr__(self, "template_ctx", {})

    def __getattr__(self, key):
        if key in self.template_ctx:
            return self.template_ctx[key]
        if flask.request.view_args and key in flask.request.view_args:
            return flask.request.view_args[key]
        raise AttributeError(key)

    def __setattr__(self, key, value):
        self.template_ctx[key] = value

    def get(self, key, default=None):
        return self.template_ctx.get(key, default)

    def respond(self, response):
        raise PageResponseException(response)

    def redirect(self, url, **kw):
        self.respond(flask.redirect(url, **kw))

    def abort(self, *args, **kw):
        flask.abort(*args, **kw)

    def flash(self, *args, **kw):
        flask.flash(*args, **kw)


page_proxy = LocalProxy(lambda: flask.g.page)


def htmx_redirect(url):
    r = flask.make_response("")
    r.headers["HX-Redirect"] = url
    return r


def static_url(filename):
    return flask.url_for("static", filename=filename)


def install_hyperflask_module():
    m = types.ModuleType("hyperflask")
    for name in ("request", "session", "g", "current_app", "redirect", "abort", "flash",
                 "get_flashed_messages", "url_for", "jsonify", "make_response",
                 "render_template", "Response", "Markup"):
        setattr(m, name, getattr(flask, name))
    m.page = page_proxy
    m.app = flask.current_app
    m.htmx_redirect = htmx_redirect
    m.static_url = static_url
    sys.modules["hyperflask"] = m


class FolderLoader(jinja2.BaseLoader):
    def __init__(self, folder, prefix="", strip=False):
        self.folder, self.prefix, self.strip = folder, prefix, strip

    def get_source(self, environment, template):
        if not template.startswith(self.prefix):
            raise jinja2.TemplateNotFound(template)
        path = os.path.join(self.folder, template[len(self.prefix):])
        if not os.path.isfile(path):
            raise jinja2.TemplateNotFound(template)
        src = read(path)
        if self.strip:
            src = extract_frontmatter(src)[0]
        return src, path, lambda: True


def select_autoescape(name):
    if name is None:
        return True
    return name.endswith((".html", ".htm", ".xml", ".xhtml", ".svg"))


MARKDOWN_OPTIONS = {"extensions": ["fenced_code", "nl2br", "attr_list", "admonition", "codehilite"]}
METHODS = ["get", "post", "head", "options", "delete", "put", "trace", "patch"]
METHODS_COMMENT = re.compile(r"^#\s*methods\s*=(.*)$", re.I)


def module_defs(body):
    for s in body:
        if isinstance(s, ast.FunctionDef):
            yield s.name
        elif isinstance(s, (ast.If, ast.For, ast.While)):
            yield from module_defs(s.body)
            yield from module_defs(s.orelse)
        elif isinstance(s, ast.Try):
            yield from module_defs(s.body)
            for h in s.handlers:
                yield from module_defs(h.body)
            yield from module_defs(s.orelse)
            yield from module_defs(s.finalbody)
        elif isinstance(s, ast.With):
            yield from module_defs(s.body)


def reference_methods(code):
    """flask-file-routes' methods, quoted in §2.3 (accidents included, §10.1-2)."""
    m = re.match(r"#\s+methods\s*=\s*([a-z,\s]+)$", code, re.I)
    if m:
        return [x.strip().upper() for x in m.group(1).split(",")]
    found = [x.upper() for x in METHODS if re.search(r"^(def\s+%s\()|%s\s*=" % (x, x), code, re.M)]
    return found or ["GET"]


def page_methods(code, python):
    """Methods as hfc documents them (§2.3 intent); with the compatibility
    switch `compat=methods`, the reference's."""
    if "methods" in COMPAT and code:
        return reference_methods(code)
    if not code:
        return ["GET"]
    first = code.split("\n", 1)[0].rstrip(" \t")
    m = METHODS_COMMENT.match(first)
    if m:
        listed = [x.strip().upper() for x in m.group(1).split(",") if x.strip()]
        return [x.upper() for x in METHODS if x.upper() in listed] or ["GET"]
    if not python:
        return ["GET"]
    try:
        defs = set(module_defs(ast.parse(code).body))
    except SyntaxError:  # the page fails when it runs; it answers GET
        return ["GET"]
    return [x.upper() for x in METHODS if x in defs] or ["GET"]


def make_view(app_root, rel, module_name):
    path = os.path.join(app_root, rel)
    text = read(path)
    kind = rel.rsplit(".", 1)[1]
    if kind == "py":
        code, template = text, None
    else:
        tpl_text, code = extract_frontmatter(text)
        template = rel
    python = kind in ("py", "jpy")

    def view(**view_args):
        page = flask.g.page
        page.template = template
        page.is_markdown = None if template is None else template.endswith(".md")
        out = None
        if python and code:
            ns = {"__name__": module_name, "__file__": path, "__builtins__": builtins,
                  "page": page, "g": flask.g, "request": flask.request,
                  "render_template": flask.render_template, "url_for": flask.url_for,
                  "redirect": flask.redirect, "abort": flask.abort, "app": flask.current_app,
                  "current_app": flask.current_app, "static_url": static_url, "asset_url": static_url}
            src = code if kind == "py" else "\n" + code
            exec(compile(src, path, "exec"), ns)
            name = flask.request.method.lower()
            fn = ns.get(name)
            if not callable(fn) and name == "head":
                fn = ns.get("get")
            if callable(fn):
                r = fn(**view_args)
                if r:
                    out = r
        elif code:
            page.template_ctx.update(yaml.safe_load(code))
        if out is None and page.get("template"):
            out = flask.render_template(page.template)
            if page.get("is_markdown"):
                opts = dict(MARKDOWN_OPTIONS)
                opts.update(page.get("markdown_options") or {})
                out = markdown.markdown(out, **opts)
            layout = page.get("layout")
            if layout:
                tpl, block = layout.rsplit(":", 1) if ":" in layout else (layout, "content")
                out = flask.render_template_string(
                    '{%% extends __hf_layout__ %%}{%% block %s %%}{{ __hf_output__ }}{%% endblock %%}' % block,
                    __hf_layout__=tpl, __hf_output__=Markup(out))
        return out or ""
    return view, page_methods(code, python)


def page_files(pages_dir):
    out = []
    for d, dirs, files in os.walk(pages_dir):
        dirs.sort()
        for fn in sorted(files):
            rel = os.path.relpath(os.path.join(d, fn), pages_dir).replace(os.sep, "/")
            if "__pycache__" in rel or any(s[:1] in "._" for s in rel.split("/")) or "." not in fn:
                continue
            out.append(rel)
    return sorted(out)


def make_app(project):
    app_root = os.path.join(project, "app")
    pkg = os.path.isdir(app_root)
    if not pkg:
        app_root = project
    app = flask.Flask("hfc_http_oracle", root_path=app_root,
                      static_folder=os.path.join(project, "public"), static_url_path="/static")
    app.logger.disabled = True
    app.config.update(SECRET_KEY="oracle", SESSION_COOKIE_SAMESITE="Lax")
    cfg = os.path.join(project, "config.yml")
    if os.path.exists(cfg):
        app.config.update({k.upper(): v for k, v in (yaml.safe_load(read(cfg)) or {}).items()})
    app.select_jinja_autoescape = select_autoescape
    app.jinja_env.loader = jinja2.ChoiceLoader([
        FolderLoader(os.path.join(app_root, "templates")),
        FolderLoader(os.path.join(app_root, "layouts"), "layouts/"),
        FolderLoader(os.path.join(app_root, "pages"), "pages/", strip=True)])

    @app.before_request
    def push_page():
        flask.g.page = PageContext()

    @app.context_processor
    def page_vars():
        page = flask.g.get("page")
        return dict(page=page, **page.template_ctx) if page is not None else {}

    @app.errorhandler(PageResponseException)
    def respond(e):
        return e.response

    def error_page(code, text):
        def handler(e):
            try:
                return flask.render_template("%d.html" % code), code
            except jinja2.TemplateNotFound:
                return flask.Response("%d %s" % (code, text), code, mimetype="text/plain")
        return handler

    app.register_error_handler(404, error_page(404, "Not Found"))
    app.register_error_handler(500, error_page(500, "Internal Server Error"))

    pages_dir = os.path.join(app_root, "pages")
    if os.path.isdir(pages_dir):
        for rel in page_files(pages_dir):
            stem = rel.rsplit(".", 1)[0]
            segs = stem.split("/")
            endpoint = "_".join(s[1:-1] if s.startswith("(") else s for s in segs).replace("-", "_")
            if segs[-1] == "index":
                segs = segs[:-1]
            url = "/" + "/".join(s for s in segs if not s.startswith("("))
            module = ("app.pages." if pkg else "pages.") + stem.replace("/", ".")
            view, methods = make_view(app_root, "pages/" + rel, module)
            app.add_url_rule(url, endpoint, view, methods=methods)
    return app


# ---------------------------------------------------------------------------
# Transcripts

SKIP_HEADERS = {"date", "server", "content-length", "content-security-policy", "x-xss-protection",
                "x-content-type-options", "referrer-policy", "strict-transport-security",
                "etag", "last-modified", "cache-control", "accept-ranges"}


def normalize_cookie(v):
    name, rest = v.split("=", 1)
    value, _, attrs = rest.partition(";")
    if name == "session" and value:
        value = "<signed>"
    attrs = re.sub(r"Expires=[^;]*", lambda m: m.group(0) if "1970" in m.group(0) else "Expires=<date>", attrs)
    return name + "=" + value + (";" + attrs if attrs else "")


def transcript(method, target, status, headers, body):
    lines = ["### %s %s" % (method, target), "status: %d" % status]
    hs = []
    for k, v in headers:
        k = k.lower()
        if k in SKIP_HEADERS:
            continue
        if k == "allow":
            v = ", ".join(sorted(x.strip() for x in v.split(",")))
        if k == "set-cookie":
            v = normalize_cookie(v)
        hs.append((k, v))
    hs.sort(key=lambda kv: kv[0])
    lines += ["%s: %s" % kv for kv in hs]
    lines.append("body: %d bytes" % len(body))
    return "\n".join(lines) + "\n" + body.decode("utf-8", "replace") + "\n"


def run_case(sections):
    project = tempfile.mkdtemp(prefix="hfc-http-")
    saved_path = list(sys.path)
    try:
        for name, text in sections:
            if name in NOT_FILES:
                continue
            p = os.path.join(project, name)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8", newline="") as f:
                f.write(text)
        COMPAT.clear()
        for line in cf.get(sections, "options", "").split("\n"):
            k, _, v = line.strip().partition("=")
            if k == "compat":
                COMPAT.update(x.strip() for x in v.split(",") if x.strip())
        sys.path.insert(0, project)
        app = make_app(project)
        client = app.test_client()
        out = []
        for r in parse_requests(cf.get(sections, "requests", "")):
            data = r["body"].encode() if r["body"] is not None else None
            resp = client.open(r["target"], method=r["method"], headers=r["headers"], data=data)
            out.append(transcript(r["method"], r["target"], resp.status_code,
                                  resp.headers.to_wsgi_list(), resp.get_data()))
        return "".join(out)
    finally:
        sys.path[:] = saved_path
        for k, m in list(sys.modules.items()):
            f = getattr(m, "__file__", None) or ""
            if f.startswith(project):
                del sys.modules[k]
        shutil.rmtree(project)


def main(argv):
    w = cf.Writer("--check" in argv)
    names = [a for a in argv if not a.startswith("--")]
    install_hyperflask_module()
    n = 0
    for path in cf.cases():
        comment, sections = cf.parse_case(cf.read(path))
        if cf.get(sections, "requests") is None or cf.get(sections, "source", "").strip() != "oracle":
            continue
        if names and cf.rel(path)[:-6] not in names:
            continue
        sections = cf.replace(sections, "responses", run_case(sections), after="source")
        w.put(path, cf.format_case(comment, sections))
        n += 1
    print("%d cases%s" % (n, (", %d mismatches" % w.bad) if w.check else ""))
    return 1 if w.bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
