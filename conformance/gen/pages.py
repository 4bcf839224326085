#!/usr/bin/python3
"""Writes the page conformance cases of the suite (one txtar per app, in the
folder of its feature: FOLDERS below).

Two sources of expectations, named in each case's `source` section:

* `oracle` — rendered here with the semantics of ../../../shared/oracle/
  make_jpy_cases.py (real Flask 2.2 + Jinja2 3.1 on CPython 3.11), extended
  as the reference describes (hyperflask-pages.md): the frontmatter split
  (§1.3), the page module run with `page` (§1.4), YAML frontmatter of static
  pages (§1.5), the loaders and Flask's autoescape rule (§1.6: templates/,
  layouts/ prefix, pages/), Markdown (§2.5: Python-Markdown with
  fenced_code, nl2br, attr_list, admonition, codehilite, shallow-merged with
  page.markdown_options) and `page.layout` wrapping (§2.5/§4.2: the rendered
  output is pasted as *source* into `{% extends L %}{% block B %}…{% endblock %}`
  and re-parsed). Where that re-parsing gives another result than injecting
  the output as data (the intent, §10.7), the case also has an
  `intended-output` section and says so.
  data.json values are set as page attributes before the page's code runs
  (as `hfc render --data` does).

* `reference §N` — Hyperflask features whose packages cannot run here
  (component tags §5.1–5.4, file components §5.6–5.7, macro registry §5.5,
  `{% use_layout %}` §4.1). Their outputs come from MODEL below: a small
  re-implementation of exactly the rules the cited sections state, written
  from the reference text (not from the published packages), each result
  reviewed by hand. The source section names the § and the assumptions.

    /usr/bin/python3 conformance/gen/pages.py            # (re)write every case
    /usr/bin/python3 conformance/gen/pages.py --check    # compare, don't write
    /usr/bin/python3 conformance/gen/pages.py --hashseed-check
                      # render every app under three PYTHONHASHSEEDs and fail
                      # on any difference

The 30 cases of shared/cases/jpy are copied in (group `shared`); their
expected outputs are those files' and this script checks that its oracle
agrees.

`hfc conformance --update` runs this script but keeps the `reference §N`
cases as they were: their outputs were reviewed by hand against the text.
"""
import builtins
import json
import os
import re
import shutil
import sys
import tempfile

import casefile as cf  # noqa: E402 - re-executes with /usr/bin/python3

import flask  # noqa: E402
import jinja2  # noqa: E402
import markdown  # noqa: E402
import yaml  # noqa: E402
from jinja2 import nodes  # noqa: E402
from jinja2.ext import Extension  # noqa: E402
from markupsafe import Markup  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "written by gen/pages.py"
# The folder (feature) of each group of cases.
FOLDERS = {"shared": "python/shared", "split": "splitting", "yaml": "splitting", "attrs": "page-object",
           "markdown": "markdown", "layout": "layouts", "use_layout": "layouts", "autoescape": "autoescape",
           "errors": "errors", "components": "components"}
SHARED_CASES = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "cases", "jpy"))
if not os.path.isdir(SHARED_CASES):
    SHARED_CASES = "/work/shared/cases/jpy"

# ---------------------------------------------------------------------------
# Oracle: the reference's page semantics on real Flask + Jinja2


def extract_frontmatter(source):
    """jinjapy.extract_frontmatter (§1.3): (template, frontmatter or None)."""
    if source.startswith("---\n"):
        end = source.find("\n---\n", 4)
        if end == -1:
            return "", source[4:]
        return source[end + 5:], source[4:end]
    return source, None


class PageContext:
    """flask_file_routes.PageContext without view args and helpers (§3)."""

    def __init__(self):
        object.__setattr__(self, "template_ctx", {})

    def __getattr__(self, key):
        if key in self.template_ctx:
            return self.template_ctx[key]
        raise AttributeError(key)

    def __setattr__(self, key, value):
        self.template_ctx[key] = value

    def get(self, key, default=None):
        return self.template_ctx.get(key, default)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


class FolderLoader(jinja2.BaseLoader):
    """Loads `prefix + relpath` from folder; strips frontmatter when asked."""

    def __init__(self, folder, prefix="", strip=False, wrap=None):
        self.folder, self.prefix, self.strip, self.wrap = folder, prefix, strip, wrap

    def get_source(self, environment, template):
        if not template.startswith(self.prefix):
            raise jinja2.TemplateNotFound(template)
        path = os.path.join(self.folder, template[len(self.prefix):])
        if not os.path.isfile(path):
            raise jinja2.TemplateNotFound(template)
        src = read(path)
        if self.strip:
            src = extract_frontmatter(src)[0]
        if self.wrap:
            src = self.wrap(template, src)
        return src, path, lambda: True


def select_autoescape(name):
    # Flask's rule with .svg (as the shared oracle: Flask 3's list), §1.6
    if name is None:
        return True
    return name.endswith((".html", ".htm", ".xml", ".xhtml", ".svg"))


MARKDOWN_OPTIONS = {"extensions": ["fenced_code", "nl2br", "attr_list", "admonition", "codehilite"]}


def make_app(root, model=False):
    app = flask.Flask("hfc_pages_conformance", root_path=root)
    app.select_jinja_autoescape = select_autoescape
    loaders = [FolderLoader(os.path.join(root, "templates")),
               FolderLoader(os.path.join(root, "layouts"), "layouts/"),
               FolderLoader(os.path.join(root, "pages"), "pages/", strip=True)]
    if model:
        loaders += MODEL.loaders(root)
    app.jinja_env.loader = jinja2.ChoiceLoader(loaders)
    if model:
        MODEL.install(app, root)
    return app


def run_page(root, rel, data):
    """Renders app file `rel` (pages/…) as the reference does; returns
    (kind, text[, intended]) with kind "output" or "error"."""
    src = read(os.path.join(root, rel))
    _, front = extract_frontmatter(src)
    name = rel
    model = MODEL.used(root)
    app = make_app(root, model=model)
    try:
        with app.test_request_context("/"):
            page = PageContext()
            page.template = name
            page.is_markdown = name.endswith(".md")
            for k, v in (data or {}).items():
                setattr(page, k, v)
            if name.endswith(".jpy"):
                if front:
                    code = "\n%s\n\n__jinja_template__ = '%s'" % (front, name)
                    ns = {"__name__": name[:-4].replace("/", "."), "__file__": rel,
                          "__builtins__": builtins, "page": page}
                    exec(compile(code, rel, "exec"), ns)
            elif front:
                page.template_ctx.update(yaml.safe_load(front))
            if not page.get("template"):
                return ("output", "", None)
            ctx = dict(page=page, **page.template_ctx)
            out = flask.render_template(page.template, **ctx)
            if page.get("is_markdown"):
                opts = dict(MARKDOWN_OPTIONS)
                opts.update(page.get("markdown_options") or {})
                out = markdown.markdown(out, **opts)
            intended = None
            layout = page.get("layout")
            if layout:
                tpl, block = layout.rsplit(":", 1) if ":" in layout else (layout, "content")
                wrapped = '{%% extends "%s" %%}{%% block %s %%}%s{%% endblock %%}' % (tpl, block, out)
                try:
                    intended = flask.render_template_string(
                        '{%% extends "%s" %%}{%% block %s %%}{{ __hfc_content }}{%% endblock %%}' % (tpl, block),
                        __hfc_content=Markup(out), **ctx)
                except Exception as e:
                    intended = error_text(e)
                try:
                    out = flask.render_template_string(wrapped, **ctx)
                except Exception as e:
                    return ("error", error_text(e), intended)
            return ("output", out, intended)
    except Exception as e:
        return ("error", error_text(e), None)


def error_text(e):
    msg = e.message if isinstance(e, jinja2.TemplateError) and e.message is not None else str(e)
    return "%s\n%s\n" % (type(e).__name__, msg)


# ---------------------------------------------------------------------------
# MODEL: the reference-only rules, re-implemented from hyperflask-pages.md.


class UseLayout(Extension):
    """{% use_layout [EXPR[, NAME][,]] %} as §4.1 states it."""
    tags = {"use_layout"}

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        name = "content"
        if parser.stream.current.type != "block_end":
            tpl = parser.parse_expression()
            if parser.stream.skip_if("comma"):
                if parser.stream.current.type == "name":
                    name = parser.stream.expect("name").value
                    parser.stream.skip_if("comma")
        else:
            tpl = nodes.Const("layouts/default.html")  # Hyperflask's default_layout
        parser.stream.expect("block_end")
        body = parser.subparse()  # everything after the tag, to the end of the file
        macros = [n for n in body if isinstance(n, nodes.Macro)]
        blocks = [n for n in body if isinstance(n, nodes.Block)]
        rest = [n for n in body if not isinstance(n, (nodes.Macro, nodes.Block))]
        out = [nodes.Extends(tpl, lineno=lineno)] + macros + blocks
        if rest and not any(b.name == name for b in blocks):
            out.append(nodes.Block(name, rest, False, False, lineno=lineno))
        # the caller of an extension expects the tag's block_end next; the
        # whole rest of the file is consumed, so hand it a synthetic one
        parser.stream.current = jinja2.lexer.Token(lineno, "block_end", "%}")
        return out


class Props:
    """props of a file component (§5.7): a missing name raises."""

    def __init__(self, kw):
        self._kw = kw

    def __getattr__(self, key):
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self._kw[key]
        except KeyError:
            raise KeyError("unknown prop %r" % key) from None


def _classes(v):
    if v is None:
        return []
    if isinstance(v, str):
        return v.split(" ")
    if isinstance(v, dict):
        return [k for k, on in v.items() if on]
    return list(v)


def html_attrs(attrs=None, **kw):
    """§5.4 step 1–3; class order = first seen (the port's choice, §10.8)."""
    items = list((attrs or {}).items()) + list(kw.items())
    classes, out = [], []
    for k, v in items:
        if k in ("class_", "class__", "class"):
            for c in _classes(v):
                if c not in classes:
                    classes.append(c)
            continue
        if v is None or v is False:
            continue
        if k.endswith("_"):
            k = k[:-1]
        k = k.replace("_", "-")
        out.append(k if v is True else '%s="%s"' % (k, str(v).strip()))
    if classes:
        out.append('class="%s"' % " ".join(classes))
    return Markup(" " + " ".join(out) if out else "")


def html_tag(tagname, attrs=None, inner=None, caller=None, **kw):
    start = "<%s%s>" % (tagname, html_attrs(attrs, **kw))
    if caller is not None:
        inner = caller()
    if inner is None:
        return Markup(start)
    return Markup(start + str(inner) + "</%s>" % tagname)


OPEN_TAG = re.compile(r"<\{\s*([a-zA-Z_0-9]+)")
CLOSE_TAG = re.compile(r"</\{(\s*([a-zA-Z_0-9]+)\s*)?\}>")


def _tag_end(src, i):
    """Index of the first `}>` or `}/>` at or after i outside quotes."""
    quote = None
    while i < len(src):
        ch = src[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif src.startswith("}/>", i):
            return i, True
        elif src.startswith("}>", i):
            return i, False
        i += 1
    return -1, False


def _split_args(text):
    """Splits tag attributes on top-level whitespace (outside quotes/brackets)."""
    args, cur, depth, quote, i = [], "", 0, None, 0
    while i < len(text):
        ch = text[i]
        if quote:
            cur += ch
            if ch == "\\" and i + 1 < len(text):
                cur += text[i + 1]
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            cur += ch
        elif ch in "([{":
            depth += 1
            cur += ch
        elif ch in ")]}":
            depth -= 1
            cur += ch
        elif ch.isspace() and depth == 0:
            if cur:
                args.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if cur:
        args.append(cur)
    return args


KWARG = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*(?:-+[A-Za-z0-9_]+)*)=(?!=)(.*)$", re.S)


def _call_args(text):
    out = []
    for a in _split_args(text):
        m = KWARG.match(a)
        out.append("%s=%s" % (m.group(1).replace("-", "_"), m.group(2)) if m else a)
    return ", ".join(out)


class Model:
    def __init__(self):
        self.registry = {}  # name -> ("macro", template name) | ("component", callable)
        self.modules = {}

    def used(self, root):
        return any(os.path.isdir(os.path.join(root, d)) for d in ("components", "macros")) or \
            os.path.isfile(os.path.join(root, "templates", "__macros__.html")) or \
            any(f.endswith(".macro.html") for _, _, fs in os.walk(os.path.join(root, "templates")) for f in fs) or \
            any("<{" in read(os.path.join(d, f)) or "use_layout" in read(os.path.join(d, f))
                for d, _, fs in os.walk(root) for f in fs)

    def loaders(self, root):
        return [FolderLoader(os.path.join(root, "components"), "components/", strip=True),
                FolderLoader(os.path.join(root, "macros"), "__macros__/", wrap=self._wrap_file_macro)]

    @staticmethod
    def _wrap_file_macro(name, src):
        if not name.endswith(".macro.html"):
            return src
        mname = os.path.basename(name).split(".")[0]
        return "{%% macro %s() %%}{%% set props = kwargs %%}%s{%% endmacro %%}" % (mname, src)

    def install(self, app, root):
        env = app.jinja_env
        env.add_extension(UseLayout)
        env.globals.update(html_attrs=html_attrs, html_tag=html_tag)
        reg = self.registry = {}
        # §5.5 order: templates/ (__macros__.html, *.macro.html), macros/, components/
        tdir = os.path.join(root, "templates")
        for d, _, fs in sorted(os.walk(tdir)):
            for f in sorted(fs):
                rel = os.path.relpath(os.path.join(d, f), tdir).replace(os.sep, "/")
                if f == "__macros__.html":
                    for m in re.findall(r"\{%-?\s*macro\s+([A-Za-z_0-9]+)", read(os.path.join(d, f))):
                        reg[m] = ("macro", rel)
                elif f.endswith(".macro.html"):
                    reg[f.split(".")[0]] = ("filemacro", rel)
        mdir = os.path.join(root, "macros")
        for d, _, fs in sorted(os.walk(mdir)):
            for f in sorted(fs):
                if f.startswith((".", "_")):
                    continue
                rel = os.path.relpath(os.path.join(d, f), mdir).replace(os.sep, "/")
                if f.endswith(".macro.html"):
                    reg[f.split(".")[0]] = ("macro", "__macros__/" + rel)
                else:
                    for m in re.findall(r"\{%-?\s*macro\s+([A-Za-z_0-9]+)", read(os.path.join(d, f))):
                        reg[m] = ("macro", "__macros__/" + rel)
        cdir = os.path.join(root, "components")
        for d, _, fs in sorted(os.walk(cdir)):
            for f in sorted(fs):
                rel = os.path.relpath(os.path.join(d, f), cdir).replace(os.sep, "/")
                name = f.split(".")[0].replace("-", "_")
                fn = self._component(env, root, "components/" + rel)
                if fn:
                    reg[name] = ("component", "__macrofunc__" + name)
                    env.globals["__macrofunc__" + name] = fn
        # file macros of templates/ need their wrapper too
        base = env.loader

        class Wrap(jinja2.BaseLoader):
            def get_source(s, environment, template):
                src, fn, up = base.get_source(environment, template)
                if template.endswith(".macro.html") and not template.startswith("__macros__/"):
                    src = self._wrap_file_macro(template, src)
                return self.preprocess(src), fn, up
        env.loader = Wrap()

    def _component(self, env, root, name):
        path = os.path.join(root, name)
        src = read(path)
        module = None
        if name.endswith((".jpy", ".py")):
            code = src if name.endswith(".py") else extract_frontmatter(src)[1]
            if code:
                module = {"__name__": name.replace("/", ".").rsplit(".", 1)[0], "__builtins__": builtins}
                exec(compile("\n" + code if name.endswith(".jpy") else code, name, "exec"), module)
        elif not name.endswith(".html"):
            return None

        def render(*args, caller=None, **kwargs):
            if name.endswith(".py"):
                return Markup(module["render"](*args, **kwargs) or "")
            children = (lambda *a, **k: Markup(caller(*a, **k))) if caller is not None else \
                env.undefined("no children: the tag was called inline", name="children")
            ctx = dict(props=Props(kwargs), kwargs=kwargs, args=args, caller=children, children=children)
            if module and callable(module.get("render")):
                ctx.update(module["render"](*args, **kwargs) or {})
            return Markup(env.get_template(name).render(ctx))
        return render

    def preprocess(self, src):
        """§5.1 tag rewriting and §5.3 resolution."""
        out, imports, i, stack = [], [], 0, 0
        while True:
            mo, mc = OPEN_TAG.search(src, i), CLOSE_TAG.search(src, i)
            if mc and (not mo or mc.start() < mo.start()):
                out.append(src[i:mc.start()] + "{% endcall %}")
                i = mc.end()
                continue
            if not mo:
                out.append(src[i:])
                break
            out.append(src[i:mo.start()])
            name = mo.group(1)
            end, inline = _tag_end(src, mo.end())
            if end < 0:
                raise jinja2.TemplateSyntaxError("Missing closing bracket for %s" % name, 1)
            body = src[mo.end():end]
            sig = None
            if not inline and body.startswith("("):
                depth = 0
                for j, ch in enumerate(body):
                    depth += ch == "("
                    depth -= ch == ")"
                    if depth == 0:
                        sig, body = body[1:j], body[j + 1:]
                        break
            args = _call_args(body.strip())
            if re.search(r"\{%\s*macro\s+" + name, src) or any(
                    re.search(r"\b%s\b" % name, line) for line in re.findall(r"\{\% from .+ \%\}", src)):
                callee = name
            elif name in self.registry:
                kind, target = self.registry[name]
                if kind == "component":
                    callee = target
                else:
                    callee = name
                    imports.append('{%% from "%s" import %s with context %%}' % (target, name))
            else:
                callee = "html_tag"
                args = '"%s"%s' % (name, ", " + args if args else "")
            call = "%s(%s)" % (callee, args)
            if inline:
                out.append("{{ %s }}" % call)
                i = end + 3
            else:
                out.append("{%% call%s %s %%}" % ("(%s)" % sig if sig is not None else "", call))
                i = end + 2
        return "".join(imports) + "".join(out)


MODEL = Model()

# ---------------------------------------------------------------------------
# Case builder

APPS = []
_GROUP = [None]


def group(name):
    _GROUP[0] = name


def app(name, files, render=None, data=None, note=None, source="oracle"):
    """An app rendered by the oracle (source "oracle") or by MODEL (source
    "reference §…: why")."""
    if isinstance(files, str):
        files = {"pages/index.jpy": files}
    if render is None:
        render = next(iter(files))
    assert re.fullmatch(r"[a-z0-9_]+", name), name
    assert all(a["group"] != _GROUP[0] or a["name"] != name for a in APPS), name
    APPS.append(dict(group=_GROUP[0], name=name, files=files, render=render, data=data,
                     note=note, source=source))


def ref(name, section, why, files, render=None, data=None, note=None):
    app(name, files, render, data, note, source="reference %s: %s (output computed by gen/pages.py's MODEL of the section, reviewed by hand)" % (section, why))


# @CASES-BEGIN@
# ---------------------------------------------------------------------------
# The apps. Groups are folders; names are file names.

# --- §1.3 frontmatter splitting -------------------------------------------------
group("split")
app("no_frontmatter", "Hello {{ 1 + 1 }}\n")
app("basic", "---\npage.x = 1\n---\nHi {{ x }}\n")
app("closed_empty_template", "---\npage.x = 1\n---\n")
app("unclosed", "---\npage.x = 1\n")
app("unclosed_runs_python", "---\npage.x = 1 / 0\n", note="unclosed: everything after the first line is Python")
app("no_final_newline_after_closing", "---\npage.x = 1\n---",
    note="the closing --- is not recognised without a newline after it, so it is part of the Python")
app("nothing_between_markers", "---\n---\nHi\n", note="`---\\n---\\n` is read as unclosed: `---\\nHi` is the Python")
app("one_blank_line_between_markers", "---\n\n---\nHi\n", note="empty frontmatter: no Python")
app("whitespace_only_frontmatter", "---\n   \n---\nHi {{ page.template }}\n", note="non-empty, so it runs as Python")
app("comment_only_frontmatter", "---\n# just a comment\n---\nHi\n")
app("crlf_disables_frontmatter", "---\r\npage.x = 1\r\n---\r\nHi [{{ x }}]\r\n",
    note="CRLF: no frontmatter, the whole file is the template (Jinja normalises its newlines)")
app("bom_disables_frontmatter", "\ufeff---\npage.x = 1\n---\nHi [{{ x }}]\n")
app("trailing_space_disables_frontmatter", "--- \npage.x = 1\n---\nHi [{{ x }}]\n")
app("four_dash_closer_not_recognised", "---\npage.x = 1\n----\nHi\n")
app("closer_with_trailing_space_not_recognised", "---\npage.x = 1\n--- \nHi\n")
app("marker_inside_python_string", "---\npage.s = '''a\n---\nb'''\n---\nHi\n",
    note="the first \\n---\\n ends the frontmatter even inside a string")
app("later_markers_stay_in_template", "---\npage.x = 1\n---\nA\n---\nB {{ x }}\n---\n")
app("two_trailing_newlines", "---\npage.x = 1\n---\nHi\n\n")
app("template_starts_with_blank_line", "---\npage.x = 1\n---\n\nHi\n")
app("frontmatter_indented_code", "---\nif True:\n    page.x = 'in if'\nfor i in range(2):\n    page.last = i\n---\n{{ x }} {{ last }}\n")
app("unclosed_with_layout", {"pages/index.jpy": "---\npage.layout = 'base.html'\n",
                             "templates/base.html": "<b>{% block content %}default{% endblock %}</b>\n"},
    note="an unclosed page still renders its (empty) template and applies page.layout (§10.5)")
app("html_page_unclosed_yaml", {"pages/about.html": "---\ntitle: x\n"},
    note="unclosed: the YAML is all of the file and the template is empty")
app("md_page_split", {"pages/doc.md": "---\ntitle: Doc\n---\n# {{ title }}\n"})

# --- §1.4 page attributes vs module variables ------------------------------------
group("attrs")
app("module_vars_not_visible", "---\nx = 1\npage.y = 2\n---\n[{{ x }}][{{ y }}]\n")
app("page_object", "---\npage.y = 'why'\n---\n{{ page.y }} {{ page.get('y') }} {{ page.get('z', 'dflt') }} [{{ page.z }}]\n")
app("template_and_is_markdown", "{{ template }} {{ page.template }} {{ is_markdown }}\n")
app("set_template_to_other", {"pages/index.jpy": "---\npage.template = 'other.html'\npage.who = 'page'\n---\nnot rendered\n",
                              "templates/other.html": "other template for {{ who }} ({{ template }})\n"})
app("set_template_none", "---\npage.template = None\n---\nnot rendered\n")
app("set_template_empty", "---\npage.template = ''\n---\nnot rendered\n")
app("functions_and_closures", "---\ndef make(n):\n    def add(x):\n        return x + n\n    return add\npage.add2 = make(2)\npage.fmt = lambda v: '<%s>' % v\n---\n{{ add2(40) }} {{ fmt('x') }}\n")
app("class_instances", "---\nclass User:\n    def __init__(self, name):\n        self.name = name\n    def __str__(self):\n        return 'User(' + self.name + ')'\n    def greet(self, other):\n        return 'hi ' + other\npage.u = User('ann')\n---\n{{ u.name }} {{ u }} {{ u.greet('bob') }} [{{ u.nope }}]\n")
app("module_name", "---\npage.n = __name__\n---\n{{ n }}\n", note="the oracle names the module pages.<stem> (a single-file app; app.pages.<stem> inside an app package)")
app("imports_in_frontmatter", "---\nimport json\nfrom math import floor\npage.s = json.dumps({'b': [1, 2], 'a': None})\npage.f = floor(2.7)\n---\n{{ s }} {{ f }}\n")
app("mutation_after_set", "---\npage.items = []\nfor i in range(3):\n    page.items.append(i * i)\n---\n{{ items }}\n")
app("context_wins_over_globals", "---\npage.range = 'page range'\npage.dict = 'page dict'\n---\n{{ range }} {{ dict }}\n")
app("shadowed_method_attr", "---\npage.get = 'stored'\n---\n{{ get }} {{ page.template_ctx['get'] }}\n",
    note="page.get stays the method; the attribute is only a template variable")
app("attrs_keep_python_types", "---\npage.t = (1, 'a')\npage.d = {'k': [1.5, None, True]}\npage.n = None\npage.big = 2 ** 70\n---\n{{ t }} {{ d }} {{ n }} {{ big }} {{ t[1] }}\n")
app("nested_page_name", {"pages/blog/post.jpy": "---\npage.n = __name__\n---\n{{ n }} {{ template }}\n"})
app("placeholder_file_name", {"pages/posts/<slug>.jpy": "---\npage.title = 'a post'\n---\n{{ title }} ({{ template }})\n"})
app("data_json_as_page_attrs", "---\npage.double = page.n * 2\n---\n{{ title }}: {{ n }} x 2 = {{ double }}\n", data={"title": "T", "n": 21})
app("data_json_template_only", "{{ title }} {{ tags|join(',') }} {{ page.title }}\n", data={"title": "T", "tags": ["a", "b"]})
app("data_json_overridden_by_code", "---\npage.title = 'from code'\n---\n{{ title }}\n", data={"title": "from data"})
app("data_json_module_var_not_visible", "---\nn = page.n + 1\n---\n{{ n }}\n", data={"n": 1})
app("print_builtin_in_frontmatter", "---\nimport sys\npage.v = sys.version_info[0]\npage.l = len('abc')\npage.s = sorted({'b': 1, 'a': 2})\n---\n{{ v }} {{ l }} {{ s }}\n")

# --- §1.5 YAML frontmatter of static pages ------------------------------------------
group("yaml")
app("html_yaml_title", {"pages/about.html": "---\ntitle: About us\n---\n<h1>{{ title }}</h1>\n"})
app("yaml_types", {"pages/t.html": "---\nn: 42\nf: 1.5\nb: yes\nnull_value: ~\nl: [1, two, 3.0]\nd: {a: 1, b: [x]}\ns: '007'\n---\n{{ n + 1 }} {{ f }} {{ b }} {{ null_value }} {{ l }} {{ d }} {{ s }}\n"})
app("yaml_date", {"pages/t.html": "---\nday: 2024-01-31\n---\n{{ day }} {{ day.year }}\n"},
    note="YAML dates load as datetime.date")
app("yaml_values_escaped_in_html", {"pages/t.html": "---\ntitle: \"<b>Tom & Jerry</b>\"\n---\n{{ title }}\n"})
app("yaml_in_txt_page_not_escaped", {"pages/robots.txt": "---\nagent: \"<*>\"\n---\nUser-agent: {{ agent }}\n"})
app("yaml_in_xml_page_escaped", {"pages/feed.xml": "---\ntitle: \"A & B\"\n---\n<title>{{ title }}</title>\n"})
app("svg_page_escaped", {"pages/icon.svg": "---\nlabel: \"<x>\"\n---\n<svg><title>{{ label }}</title></svg>\n"})
app("html_empty_frontmatter", {"pages/t.html": "---\n\n---\nplain {{ 1 }}\n"})
app("html_no_frontmatter", {"pages/t.html": "<p>{{ '<escaped>' }}</p>\n"})
app("yaml_multiline_string", {"pages/t.html": "---\nbody: |\n  line one\n  line two\nfolded: >\n  a\n  b\n---\n[{{ body }}][{{ folded }}]\n"})
app("yaml_template_key", {"pages/t.html": "---\ntemplate: alt.html\nwho: yaml\n---\nignored\n", "templates/alt.html": "alt for {{ who }}\n"})
app("yaml_unicode", {"pages/t.html": "---\ntitle: Ünïcödé ☃\n---\n{{ title }} {{ title|length }}\n"})
app("yaml_overrides_data", {"pages/t.html": "---\ntitle: yaml\n---\n{{ title }} {{ other }}\n"}, data={"title": "data", "other": "kept"})

# --- §2.5 Markdown pages ------------------------------------------------------------
group("markdown")
app("md_basic", {"pages/doc.md": "# Title\n\nSome *text* with **bold** and `code`.\n\n- one\n- two\n"})
app("md_with_jinja", {"pages/doc.md": "---\ntitle: Hi\nitems: [a, b]\n---\n# {{ title }}\n\n{% for i in items %}* item {{ i }}\n{% endfor %}\nend\n"})
app("md_nl2br", {"pages/doc.md": "line one\nline two\n\nnew paragraph\n"})
app("md_fenced_code_plain", {"pages/doc.md": "text\n\n```\nsome plain words\n```\n"},
    note="no language: codehilite's guess_lang (Pygments) takes these words for plain text")
app("md_fenced_code_python", {"pages/doc.md": "```python\ndef f(x):\n    return x + 1\n```\n"},
    note="codehilite highlights with Pygments 2.14's Python lexer")
app("md_indented_code", {"pages/doc.md": "para\n\n    indented code\n    more\n"})
app("md_attr_list", {"pages/doc.md": "# Title {: #main .big }\n\nPara\n{: .lead }\n"})
app("md_admonition", {"pages/doc.md": "!!! note \"Heads up\"\n    Be careful.\n\n!!! warning\n    Plain.\n"})
app("md_is_markdown_false", {"pages/doc.md": "---\nis_markdown: false\n---\n# not converted\n"})
app("jpy_is_markdown_true", "---\npage.is_markdown = True\npage.name = 'world'\n---\n# Hello {{ name }}\n\n*emphasis*\n")
app("md_options_override", {"pages/doc.md": "---\nmarkdown_options:\n  extensions: []\n---\nline one\nline two\n\n```\nnot fenced\n```\n"},
    note="page.markdown_options replaces the extensions list (shallow merge)")
app("md_options_output_format", {"pages/doc.md": "---\nmarkdown_options:\n  output_format: html\n---\na\nb\n"})
app("md_not_autoescaped", {"pages/doc.md": "---\nv: \"<i>x</i> & y\"\n---\n{{ v }} and {{ '<b>' }}\n"})
app("md_special_chars", {"pages/doc.md": "a & b < c > d \"q\" 'a'\n\n&amp; &copy;\n"})
app("md_html_block", {"pages/doc.md": "<div class=\"x\">\n*not md*\n</div>\n\n*md*\n"})
app("md_links_and_images", {"pages/doc.md": "[link](/a \"T\") ![img](/i.png) <http://example.com>\n"})
app("md_with_layout", {"pages/doc.md": "---\ntitle: T\nlayout: \"layouts/base.html:body\"\n---\n# {{ title }}\n",
                       "layouts/base.html": "<title>{{ title }}</title>\n<body>{% block body %}{% endblock %}</body>\n"})
app("md_empty", {"pages/doc.md": ""})
app("md_jpy_markdown_options", "---\npage.is_markdown = True\npage.markdown_options = {'extensions': ['fenced_code']}\n---\na\nb\n\n```\ncode\n```\n")

# --- layouts: extends and page.layout (§2.5, §4.2, §4.3) ---------------------------------
group("layout")
BASE_T = "<html><title>{% block title %}Site{% endblock %}</title>\n<body>{% block content %}{% endblock %}</body></html>\n"
app("extends_templates_layout", {"pages/index.jpy": "---\npage.t = 'Home'\n---\n{% extends 'layout.html' %}\n{% block title %}{{ t }}{% endblock %}\n{% block content %}\n<p>hello</p>\n{% endblock %}\n",
                                 "templates/layout.html": BASE_T})
app("extends_layouts_prefix", {"pages/index.jpy": "{% extends 'layouts/base.html' %}{% block content %}body{% endblock %}",
                               "layouts/base.html": BASE_T})
app("templates_folder_wins_over_layouts", {"pages/index.jpy": "{% extends 'layouts/base.html' %}{% block content %}x{% endblock %}",
                                           "layouts/base.html": "from layouts/: {% block content %}{% endblock %}",
                                           "templates/layouts/base.html": "from templates/: {% block content %}{% endblock %}"})
app("page_layout_default_block", {"pages/index.jpy": "---\npage.layout = 'layout.html'\n---\n<p>hi</p>\n",
                                  "templates/layout.html": BASE_T})
app("page_layout_named_block", {"pages/index.jpy": "---\npage.layout = 'layouts/base.html:body'\n---\n<p>hi</p>\n",
                                "layouts/base.html": "<body>{% block body %}{% endblock %}</body>\n"})
app("page_layout_last_colon", {"pages/index.jpy": "---\npage.layout = 'layouts/a:b.html:main'\n---\nX\n",
                               "layouts/a:b.html": "[{% block main %}{% endblock %}]\n"},
    note="split on the last ':'")
app("page_layout_sees_page_vars", {"pages/index.jpy": "---\npage.layout = 'layout.html'\npage.title = 'T & co'\n---\n{{ title }}\n",
                                   "templates/layout.html": "<title>{{ title }}</title>{% block content %}{% endblock %}\n"})
app("page_layout_reparses_output", {"pages/index.jpy": "---\npage.layout = 'layout.html'\npage.n = 5\n---\nliteral: {{ '{{ n * 2 }}' }}\n",
                                    "templates/layout.html": "[{% block content %}{% endblock %}]\n"},
    note="§10.7: the page prints `{{ n * 2 }}`; the reference evaluates it again")
app("page_layout_reparse_syntax_error", {"pages/index.jpy": "---\npage.layout = 'layout.html'\n---\nuser text: {{ '{% oops' }}\n",
                                         "templates/layout.html": "[{% block content %}{% endblock %}]\n"},
    note="§10.7: user text containing {% breaks the reference's re-parse")
app("page_layout_reparse_super", {"pages/index.jpy": "---\npage.layout = 'layout.html'\n---\n{{ '{{ super() }}' }} + page\n",
                                  "templates/layout.html": "[{% block content %}layout default{% endblock %}]\n"},
    note="§10.7: a literal super() call in the output reaches the layout's block")
app("page_layout_reparse_comment", {"pages/index.jpy": "---\npage.layout = 'layout.html'\n---\na {{ '{#' }} b {{ '#}' }} c\n",
                                    "templates/layout.html": "[{% block content %}{% endblock %}]\n"})
app("page_layout_string_template_escapes", {"pages/index.jpy": "---\npage.layout = 'plain.txt'\npage.v = '<v>'\n---\nbody {{ v }}\n",
                                            "templates/plain.txt": "layout {{ v }} | {% block content %}{% endblock %}\n"},
    note="the wrapper is a string template (autoescape on) but the layout file .txt keeps its own setting")
app("page_layout_escapes_in_html_layout", {"pages/index.jpy": "---\npage.layout = 'layout.html'\npage.v = '<v>'\n---\nbody {{ v }}\n",
                                           "templates/layout.html": "layout {{ v }} | {% block content %}{% endblock %}\n"})
app("page_layout_and_extends", {"pages/index.jpy": "---\npage.layout = 'outer.html'\n---\n{% extends 'inner.html' %}{% block content %}page{% endblock %}",
                                "templates/inner.html": "(inner {% block content %}{% endblock %})",
                                "templates/outer.html": "[outer {% block content %}{% endblock %}]\n"},
    note="both mechanisms apply: the page extends inner.html, then is wrapped into outer.html")
app("page_layout_missing_template", {"pages/index.jpy": "---\npage.layout = 'nope.html'\n---\nx\n"})
app("page_layout_block_absent", {"pages/index.jpy": "---\npage.layout = 'layout.html:nope'\n---\nlost\n",
                                 "templates/layout.html": "[{% block content %}default{% endblock %}]\n"})
app("html_page_yaml_layout", {"pages/about.html": "---\ntitle: About\nlayout: \"layouts/default.html:body\"\n---\n<h1>{{ title }}</h1>\n",
                              "layouts/default.html": "<!doctype html>\n<title>{{ title }}</title>\n<main>{% block body %}{% endblock %}</main>\n"})
app("page_layout_whitespace", {"pages/index.jpy": "---\npage.layout = 'layout.html'\n---\n\n  indented\n\n",
                               "templates/layout.html": "<main>\n{% block content %}{% endblock %}\n</main>\n"})
app("page_layout_falsy", {"pages/index.jpy": "---\npage.layout = ''\n---\nno layout\n"})
app("layout_includes_and_macros", {"pages/index.jpy": "{% extends 'layout.html' %}{% from 'macros.html' import badge %}{% block content %}{{ badge('new') }}{% include 'part.html' %}{% endblock %}",
                                   "templates/layout.html": "<div>{% block content %}{% endblock %}</div>\n",
                                   "templates/macros.html": "{% macro badge(t) %}<span>{{ t }}</span>{% endmacro %}",
                                   "templates/part.html": "<i>part {{ template }}</i>\n"})
app("include_page_template", {"pages/index.jpy": "A {% include 'pages/_part.jpy' %} B\n",
                              "pages/_part.jpy": "---\npage.never = 1\n---\npart [{{ never }}]\n"},
    note="including a .jpy page gives its template part only; its Python does not run")

# --- §1.6 autoescape per file type ---------------------------------------------------
group("autoescape")
X = "'<b>Tom & \"Jerry\"</b>'"
app("jpy_not_escaped", "---\npage.x = %s\n---\n{{ x }}\n" % X)
app("html_escaped", {"pages/x.html": "---\nx: %s\n---\n{{ x }}\n" % X})
app("htm_escaped", {"pages/x.htm": "---\nx: %s\n---\n{{ x }}\n" % X})
app("md_not_escaped", {"pages/x.md": "---\nx: %s\nis_markdown: false\n---\n{{ x }}\n" % X})
app("txt_not_escaped", {"pages/x.txt": "---\nx: %s\n---\n{{ x }}\n" % X})
app("jpy_explicit_escape", "---\npage.x = %s\n---\n{{ x|e }} {%% autoescape true %%}{{ x }}{%% endautoescape %%}\n" % X)
app("jpy_block_in_html_layout", {"pages/index.jpy": "---\npage.x = %s\n---\n{%% extends 'layout.html' %%}{%% block content %%}page: {{ x }}{%% endblock %%}" % X,
                                 "templates/layout.html": "layout: {{ x }}\n{% block content %}{% endblock %}\n"},
    note="blocks keep the setting of the file that defines them")
app("html_page_includes_jpy", {"pages/index.html": "---\nx: %s\n---\nhtml: {{ x }} | {%% include 'pages/part.jpy' %%}\n" % X,
                               "pages/part.jpy": "jpy: {{ x }}"})
app("jpy_macro_from_html_file", {"pages/index.jpy": "---\npage.x = %s\n---\n{%% from 'm.html' import show %%}{{ show(x) }} {{ x }}\n" % X,
                                 "templates/m.html": "{% macro show(v) %}[{{ v }}]{% endmacro %}"})
app("jpy_tojson", "---\npage.d = {'k': '<>&\\''}\n---\n{{ d|tojson }}\n",
    note="Flask's tojson (sort_keys) with Jinja's htmlsafe escapes")
app("html_tojson", {"pages/x.html": "---\nd: {k: \"<>&'\", a: 1}\n---\n<script>var d = {{ d|tojson }};</script>\n"})
app("html_safe_filter", {"pages/x.html": "---\nx: \"<i>ok</i>\"\n---\n{{ x|safe }} {{ x }}\n"})

# --- errors ------------------------------------------------------------------------------
group("errors")
app("python_exception", "---\npage.x = 1 / 0\n---\nx\n")
app("python_name_error", "---\npage.tasks = db.query('x')\n---\nx\n", note="db is not injected (§1.4)")
app("python_syntax_error", "---\nif True\n    pass\n---\nx\n")
app("python_attribute_error", "---\npage.x = page.missing\n---\nx\n")
app("template_syntax_error", "---\npage.x = 1\n---\n{% if x %}unclosed\n")
app("template_undefined_error", "{{ user.name }}\n")
app("template_type_error", "---\npage.n = 1\n---\n{{ n + 'a' }}\n")
app("include_missing", "{% include 'nope.html' %}\n")
app("unknown_filter", "{{ 'x'|nope }}\n")
app("module_var_is_undefined_in_template", "---\ncount = 3\n---\n{{ count + 1 }}\n",
    note="module variables are not template variables, so count is undefined")
app("return_at_top_level", "---\nif True:\n    pass\nreturn 1\n---\nx\n",
    note="the frontmatter is a module body: a top-level return is a syntax error (§1.4), reported at its file line")

# --- §4.1 {% use_layout %} (reference text; MODEL) -------------------------------------
group("use_layout")
DEFAULT = "<!doctype html>\n<title>{% block title %}Site{% endblock %}</title>\n<main>{% block content %}{% endblock %}</main>\n"
UL = "§4.1"
ref("default_layout", UL + ", §4.3", "no argument: the app's layouts/default.html (Hyperflask's default_layout); loose content after the tag becomes block content, whitespace kept",
    {"pages/index.jpy": "---\npage.name = 'Ann'\n---\n{% use_layout %}\n<h1>Hello {{ name }}</h1>\n",
     "layouts/default.html": DEFAULT})
ref("explicit_template", UL, "EXPR names the parent template",
    {"pages/index.jpy": "{% use_layout 'layouts/other.html' %}\nbody\n",
     "layouts/other.html": "other[{% block content %}{% endblock %}]\n"})
ref("expression_template", UL, "EXPR is any expression",
    {"pages/index.jpy": "---\npage.wide = True\n---\n{% use_layout 'layouts/' ~ ('wide' if wide else 'narrow') ~ '.html' %}\nbody\n",
     "layouts/wide.html": "wide[{% block content %}{% endblock %}]\n", "layouts/narrow.html": "narrow[{% block content %}{% endblock %}]\n"})
ref("named_block", UL, "EXPR, NAME: loose content goes to block NAME",
    {"pages/index.jpy": "{% use_layout 'layouts/default.html', title %}\nMy title\n",
     "layouts/default.html": DEFAULT})
ref("named_block_trailing_comma", UL, "an optional trailing comma after NAME",
    {"pages/index.jpy": "{% use_layout 'layouts/default.html', title, %}T",
     "layouts/default.html": DEFAULT})
ref("extra_block_whitespace", UL, "the section's example: content = \"\\n\" + \"\\nhello\" (the newline after the tag and the text after the extra block)",
    {"pages/index.jpy": "{% use_layout %}\n{% block title %}x{% endblock %}\nhello",
     "layouts/default.html": DEFAULT})
ref("explicit_content_block_discards_loose_text", UL, "with an explicit {% block content %} the loose content is discarded",
    {"pages/index.jpy": "{% use_layout %}\nlost text\n{% block content %}kept{% endblock %}\nlost too\n",
     "layouts/default.html": DEFAULT})
ref("only_blocks_no_content_block", UL, "nothing but a block after the tag: no content block is made, the layout's own content block stays",
    {"pages/index.jpy": "{% use_layout %}{% block title %}T{% endblock %}",
     "layouts/default.html": DEFAULT})
ref("text_before_tag", UL, "text before the tag is printed before the parent's output",
    {"pages/index.jpy": "before\n{% use_layout %}\nafter\n",
     "layouts/default.html": DEFAULT})
ref("macro_hoisted", UL, "a top-level macro after the tag is hoisted and callable from every block",
    {"pages/index.jpy": "{% use_layout %}\n{% macro b(t) %}<b>{{ t }}</b>{% endmacro %}\n{% block title %}{{ b('t') }}{% endblock %}\n{{ b('c') }}\n",
     "layouts/default.html": DEFAULT})
ref("set_lands_in_content_block", UL, "a set after the tag is inside the wrapped block: not visible in other blocks",
    {"pages/index.jpy": "{% use_layout %}\n{% set v = 'set' %}\n{% block title %}[{{ v }}]{% endblock %}\n{{ v }}\n",
     "layouts/default.html": DEFAULT})
ref("page_variables_in_layout", UL, "the layout renders with the page's variables",
    {"pages/index.jpy": "---\npage.title = 'From page'\n---\n{% use_layout %}\nbody\n",
     "layouts/default.html": "<title>{{ title }}</title>{% block content %}{% endblock %}\n"})
ref("jpy_content_not_escaped_in_html_layout", UL + ", §1.6", "the content block keeps the .jpy page's autoescape (off); the layout's own output is escaped",
    {"pages/index.jpy": "---\npage.x = '<i>&</i>'\n---\n{% use_layout %}\n{{ x }}\n",
     "layouts/default.html": "{{ x }}|{% block content %}{% endblock %}\n"})
ref("html_page_use_layout", UL + ", §6.1", "use_layout works in .html pages (content escaped there)",
    {"pages/about.html": "---\nx: \"<i>&</i>\"\n---\n{% use_layout %}\n{{ x }}\n",
     "layouts/default.html": DEFAULT})
ref("use_layout_and_page_layout", UL + ", §4.2", "use_layout and page.layout both apply: the page is wrapped twice",
    {"pages/index.jpy": "---\npage.layout = 'layouts/outer.html'\n---\n{% use_layout %}\ninner body\n",
     "layouts/default.html": "(default {% block content %}{% endblock %})",
     "layouts/outer.html": "[outer {% block content %}{% endblock %}]\n"})
ref("layout_extends_base", UL + ", §4.3", "a custom default layout may extend layouts/base.html (app file)",
    {"pages/index.jpy": "{% use_layout %}\nhi\n",
     "layouts/default.html": "{% extends 'layouts/base.html' %}{% block body %}<main>{% block content %}{% endblock %}</main>{% endblock %}",
     "layouts/base.html": "<body>{% block body %}{% endblock %}</body>\n"})

# --- §5 components and tags (reference text; MODEL) ---------------------------------------
group("components")
GREETING = '<p class="greet">Hello {{ props.name }}{% if children %} {{ children() }}{% endif %}</p>\n'
ref("greeting_inline", "§5.7", "the section's example: <{Greeting name=\"Ann\"}/> → <p class=\"greet\">Hello Ann</p>",
    {"pages/index.jpy": '<{Greeting name="Ann"}/>\n', "components/Greeting.html": GREETING})
ref("greeting_block_from_jpy", "§5.7", "block body compiled in the .jpy caller (not escaped), children() returns safe markup",
    {"pages/index.jpy": "---\npage.extra = '& co'\n---\n<{Greeting name=\"Ann\"}>{{ extra }}</{Greeting}>\n", "components/Greeting.html": GREETING})
ref("greeting_block_from_html", "§5.7", "the same body in an .html caller is escaped there",
    {"pages/index.html": "---\nextra: \"& co\"\n---\n<{Greeting name=\"Ann\"}>{{ extra }}</{Greeting}>\n", "components/Greeting.html": GREETING})
ref("props_escaped_per_component_file", "§5.7", "props printed by the component are escaped per the component's extension (.html on, .jpy off)",
    {"pages/index.jpy": '---\npage.v = "<b>"\n---\n<{Esc v=v}/> <{Raw v=v}/>\n',
     "components/Esc.html": "[{{ props.v }}]", "components/Raw.jpy": "[{{ props.v }}]"})
ref("isolated_context", "§5.7", "a component sees no page variables, no page object",
    {"pages/index.jpy": "---\npage.secret = 's'\n---\n<{Box}/>\n",
     "components/Box.html": "[{{ secret }}][{{ page is defined }}][{{ range(2)|list }}]\n"})
ref("kwargs_args_children", "§5.7", "kwargs is the raw dict, args the positional tuple; children of an inline tag is undefined",
    {"pages/index.jpy": '<{Info "a" 2 x=1 y="z"}/>\n',
     "components/Info.jpy": "{{ args }} {{ kwargs }} {{ kwargs.get('missing', 'none') }} [{{ children() if children }}]\n"})
ref("jpy_component_render", "§5.7, §5.8", "render(*args, **props) returns extra variables; the module has no injected names",
    {"pages/index.jpy": "<{Counter start=4}/>\n",
     "components/Counter.jpy": "---\ndef render(start=0):\n    return {'doubled': start * 2, 'has_page': 'page' in globals()}\n---\n{{ props.start }}*2={{ doubled }} {{ has_page }}\n"})
ref("jpy_component_render_overrides_props", "§5.7", "keys returned by render() override props/kwargs",
    {"pages/index.jpy": "<{Over a=1}/>\n",
     "components/Over.jpy": "---\ndef render(**kw):\n    return {'kwargs': {'replaced': True}}\n---\n{{ kwargs }} {{ props.a }}\n"})
ref("py_component", "§5.6", "a .py component's render() returns the HTML",
    {"pages/index.jpy": "<{Stars n=3}/>|<{Stars n=0}/>|\n",
     "components/Stars.py": "def render(n):\n    return '*' * n\n"})
ref("block_tag_caller_args", "§5.2", "Name(a) after the tag name is the caller signature; the component calls children(x)",
    {"pages/index.jpy": "<{List(item, n) items=['a', 'b']}><i>{{ n }}{{ item }}</i></{List}>\n",
     "components/List.html": "<ul>{% for x in props.items %}<li>{{ children(x, loop.index) }}</li>{% endfor %}</ul>\n"})
ref("nested_components", "§5.1, §5.7", "components inside component bodies and templates; anonymous </{}> closes the innermost tag",
    {"pages/index.jpy": "<{Card title=\"T\"}><{Badge label=\"new\"}/></{}>\n",
     "components/Card.html": "<div class=\"card\"><h2>{{ props.title }}</h2>{{ children() }}<{Badge label=\"card\"}/></div>\n",
     "components/Badge.html": "<span>{{ props.label }}</span>"})
ref("dashed_attribute_names", "§5.2", "a-b-c=V is keyword a_b_c (hx-on--after-request → hx_on__after_request)",
    {"pages/index.jpy": "<{Show hx-get=\"/x\" data-user-id=3 hx-on--after-request=\"go()\"}/>\n",
     "components/Show.html": "{% for k, v in kwargs.items() %}{{ k }}={{ v }};{% endfor %}\n"})
ref("parenthesised_and_filter_values", "§5.2", "VALUE may be a parenthesised expression or a unary expression with filters",
    {"pages/index.jpy": "---\npage.name = 'ann'\n---\n<{Show label=(\"Hi \" ~ name) upper=name|upper neg=-1 items=[1, 2] d={'k': 1}}/>\n",
     "components/Show.html": "{% for k, v in kwargs.items() %}{{ k }}={{ v }};{% endfor %}\n"})
ref("splat_kwargs", "§5.2", "**EXPR splats keyword arguments",
    {"pages/index.jpy": "---\npage.opts = {'a': 1, 'b': 2}\n---\n<{Show x=0 **opts}/>\n",
     "components/Show.html": "{% for k, v in kwargs.items() %}{{ k }}={{ v }};{% endfor %}\n"})
ref("multiline_tag", "§5.1", "attribute lists may span lines; spaces inside <{ name }> are allowed",
    {"pages/index.jpy": "<{ Show\n    a=1\n    b=\"two\"\n}/>\n",
     "components/Show.html": "{% for k, v in kwargs.items() %}{{ k }}={{ v }};{% endfor %}\n"})
ref("quoted_closer_in_string", "§5.1", "a }> inside a quoted value does not end the tag",
    {"pages/index.jpy": "<{Show a=\"x}>y\" b='}/>'}/>\n",
     "components/Show.html": "{% for k, v in kwargs.items() %}{{ k }}={{ v }};{% endfor %}\n"})
ref("component_name_from_file", "§5.6", "name = basename up to the first '.', '-' → '_'; subfolders are flattened",
    {"pages/index.jpy": "<{Field}/> <{my_widget}/>\n",
     "components/forms/Field.html": "field", "components/my-widget.html": "widget"})
ref("html_fallback_block", "§5.4", "the section's example: unknown lowercase name → HTML element; True → bare attribute, False omitted, class last",
    {"pages/index.jpy": "<{button hx-get=\"/x\" class=\"btn\" disabled=True hidden=False}>Go</{button}>\n"})
ref("html_fallback_inline_and_empty", "§5.4", "inline: start tag only; an empty block body still gets the closing tag",
    {"pages/index.jpy": "<{input type=\"text\" name=\"q\"}/>|<{div}></{div}>|<{ span }>s</{ span }>\n"})
ref("html_fallback_attribute_rules", "§5.4", "None skipped; one trailing _ removed; _ → -; values stripped and not escaped",
    {"pages/index.jpy": "<{label for_=\"q\" title=\"  a<b  \" data_x=none aria-hidden=True}>L</{label}>\n"})
ref("html_fallback_class_merge", "§5.4, §10.8", "class_, class__ and class merged (str split on spaces, list, dict of truthy keys), first-seen order (the port's deterministic choice; the reference uses Python set order)",
    {"pages/index.jpy": "<{div class_=['a', 'b'] id=\"x\" class__={'c': True, 'off': False} class=\"b d\"}>x</{div}>\n"})
ref("html_fallback_in_html_page", "§5.4", "attribute values are not escaped even in an .html caller; the body is escaped there",
    {"pages/index.html": "---\nv: \"<&>\"\n---\n<{p title=v}>{{ v }}</{p}>\n"})
ref("html_fallback_wins_over_variable", "§5.3", "resolution is at compile time: a context variable of the same name does not matter",
    {"pages/index.jpy": "---\npage.section = 'a variable'\n---\n<{section}>s</{section}>\n"})
ref("lowercase_vs_component", "§5.3", "<{button}> (no macro named button) is HTML; <{Button}> is the component",
    {"pages/index.jpy": "<{button}>b</{button}> <{Button}>B</{Button}>\n",
     "components/Button.html": "<button class=\"btn\">{{ children() }}</button>"})
ref("local_macro_wins", "§5.3", "a {% macro NAME %} in the same file is called directly, before the registry",
    {"pages/index.jpy": "{% macro Badge(label) %}<local>{{ label }}</local>{% endmacro %}<{Badge label=\"x\"}/>\n",
     "components/Badge.html": "<component/>"})
ref("from_import_local", "§5.3", "a {% from … import NAME %} line makes NAME local",
    {"pages/index.jpy": "{% from 'lib.html' import Tag %}<{Tag t=1}/>\n",
     "templates/lib.html": "{% macro Tag(t) %}<lib t=\"{{ t }}\">{% endmacro %}"})
ref("macros_file_in_templates", "§5.5", "every macro of templates/__macros__.html is in the registry, imported with the caller's context",
    {"pages/index.jpy": "---\npage.site = 'MySite'\n---\n<{Card title=\"T\"}>body</{Card}>\n",
     "templates/__macros__.html": "{% macro Card(title) %}<div>{{ title }}|{{ caller() }}|{{ site }}</div>{% endmacro %}\n"})
ref("macro_file_whole_file_macro", "§5.5", "a *.macro.html file is one macro; props/kwargs is a plain dict (missing key → undefined); caller() is the body",
    {"pages/index.jpy": "<{Badge label=\"new\"}>!</{Badge}> <{Badge label=\"plain\"}/>\n",
     "macros/Badge.macro.html": "<span>{{ props.label }}[{{ props.missing }}]{{ caller() if caller }}</span>"},
    note="the .macro.html file has no trailing newline: whether the wrapper keeps it is not stated in §5.5")
ref("macros_folder", "§5.5", "macros in files of macros/ are registered",
    {"pages/index.jpy": "<{Hello who=\"you\"}/>\n",
     "macros/greetings.html": "{% macro Hello(who) %}hello {{ who }}{% endmacro %}\n"})
ref("component_overrides_macro", "§5.5", "components are registered last and win over macros of the same name",
    {"pages/index.jpy": "<{Thing}/>\n",
     "templates/__macros__.html": "{% macro Thing() %}macro{% endmacro %}",
     "components/Thing.html": "component"})
ref("tag_in_layout_and_block", "§5.1", "every template is pre-processed, layouts too",
    {"pages/index.jpy": "{% extends 'layouts/base.html' %}{% block content %}<{Badge label=\"page\"}/>{% endblock %}",
     "layouts/base.html": "<nav><{Badge label=\"layout\"}/></nav>{% block content %}{% endblock %}\n",
     "components/Badge.html": "<span>{{ props.label }}</span>"})
ref("tag_with_use_layout", "§4.1, §5.1", "tags after {% use_layout %} land in the content block",
    {"pages/index.jpy": "{% use_layout %}\n<{Badge label=\"x\"}/>\n",
     "layouts/default.html": DEFAULT,
     "components/Badge.html": "<span>{{ props.label }}</span>"})
ref("double_brace_after_lt_is_not_a_tag", "§5.1", "<{{ expr }} is an ordinary print after '<'",
    {"pages/index.jpy": "---\npage.tag = 'b'\n---\n<{{ tag }}>bold</{{ tag }}>\n"})
ref("missing_prop_raises", "§5.7, §10.10", "props.x of a prop the caller did not pass raises, even under `is defined` (the class and message are the model's: the text does not give them)",
    {"pages/index.jpy": "<{Greeting}/>\n",
     "components/Greeting.html": GREETING})
ref("children_test_and_call", "§5.7", "{{ children() if children }} for optional bodies",
    {"pages/index.jpy": "<{Opt}/>|<{Opt}>body</{Opt}>\n",
     "components/Opt.html": "[{{ children() if children }}]"})

# @CASES-END@

def render_app(a):
    tmp = tempfile.mkdtemp(prefix="hfc-pages-")
    try:
        for rel, content in a["files"].items():
            p = os.path.join(tmp, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8", newline="") as f:
                f.write(content)
        return run_page(tmp, a["render"], a["data"])
    finally:
        shutil.rmtree(tmp)


def case_file(a):
    kind, result, intended = render_app(a)
    if a.get("expected") is not None and (kind, result) != a["expected"]:
        raise SystemExit("%s/%s: oracle gives %r, shared case says %r" % (
            a["group"], a["name"], (kind, result), a["expected"]))
    comment = ["Hyperflask page conformance case %s/%s, %s: do not edit." % (
        FOLDERS[a["group"]], a["name"], OWNER)]
    if a["note"]:
        comment.append("note: " + a["note"])
    sections = [(rel, content) for rel, content in a["files"].items()]
    sections.append(("render", a["render"] + "\n"))
    if a["data"] is not None:
        sections.append(("data.json", json.dumps(a["data"], ensure_ascii=False) + "\n"))
    source = a["source"]
    if intended is not None and intended != result and a["source"] == "oracle":
        source += (": the reference re-parses the rendered page as template source (§2.5, §10.7);"
                   " intended-output is the result of injecting it as data")
    sections.append(("source", source + "\n"))
    sections.append((kind, result))
    if intended is not None and intended != result and a["source"] == "oracle":
        sections.append(("intended-output", intended))
    return kind, cf.format_case(comment, sections)


def shared_apps():
    group("shared")
    for f in sorted(os.listdir(SHARED_CASES)):
        if not f.endswith(".jpy"):
            continue
        base = f[:-4]
        exp_html = os.path.join(SHARED_CASES, base + ".expected.html")
        exp_err = os.path.join(SHARED_CASES, base + ".expected.error")
        if os.path.exists(exp_html):
            expected = ("output", read(exp_html))
        else:
            cls, _, msg = read(exp_err).partition(": ")
            expected = ("error", "%s\n%s" % (cls, msg))
        app("c" + base.lower(), {"pages/" + f: read(os.path.join(SHARED_CASES, f))},
            note="copied from shared/cases/jpy/%s with its expected output" % f)
        APPS[-1]["expected"] = expected


def main(argv):
    shared_apps()
    check = "--check" in argv
    files = {}
    for a in APPS:
        rel = "%s/%s.txtar" % (FOLDERS[a["group"]], a["name"])
        assert rel not in files, rel
        files[rel] = case_file(a)
    if "--dump" in argv:  # child mode of --hashseed-check
        json.dump({k: v[1] for k, v in files.items()}, sys.stdout)
        return 0
    if "--hashseed-check" in argv:
        import subprocess
        rc = 0
        for seed in ("1", "4242", "987654"):
            r = subprocess.run([sys.executable, os.path.abspath(__file__), "--dump"],
                               env=dict(os.environ, PYTHONHASHSEED=seed),
                               capture_output=True, text=True, check=True)
            other = json.loads(r.stdout)
            for k, (_, text) in files.items():
                if other.get(k) != text:
                    print("NONDETERMINISTIC (PYTHONHASHSEED=%s): %s" % (seed, k))
                    rc = 1
        print("%d apps checked under 3 hash seeds" % len(files))
        return rc
    w = cf.Writer(check)
    for rel, (kind, text) in sorted(files.items()):
        w.put(os.path.join(cf.SUITE, rel), text)
    w.prune(lambda path, comment: any(OWNER in line for line in comment))
    rc = 1 if w.bad else 0
    counts = {}
    for a in APPS:
        counts[a["group"]] = counts.get(a["group"], 0) + 1
    if "--summary" in argv:
        for g, n in counts.items():
            print("%-12s %d" % (g, n))
    nref = sum(1 for a in APPS if a["source"] != "oracle")
    print("%d apps (%d from the reference text, %d errors) in %d groups" % (
        len(APPS), nref, sum(k == "error" for k, _ in files.values()), len(counts)))
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
