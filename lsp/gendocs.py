"""Generates docs_generated.go: the documentation that hover and completion
show for Jinja's filters, tests and loop variable, Python's builtins,
keywords and the methods of its built-in types, and Flask's request, taken
from the docstrings of the reference implementations (Jinja 3.1, CPython
3.11, Flask 2.2 / Werkzeug 2.2).

Run with Debian's interpreter, from this folder:

    /usr/bin/python3 gendocs.py | gofmt > docs_generated.go

The runtime decides which names exist (server.RequestAttributes, the
environment's filters and tests); these are only their docs.
"""
import builtins
import inspect
import keyword
import re
import sys

import flask
import jinja2.filters
import jinja2.runtime
import jinja2.tests

SKIP_PARAMS = {"environment", "eval_ctx", "context", "env", "ctx"}


def clean(doc):
    doc = inspect.cleandoc(doc or "")
    # Drop Sphinx directives (versionchanged …) and their indented bodies.
    out, skipping = [], False
    for line in doc.splitlines():
        if line.startswith(".. "):
            skipping = True
            continue
        if skipping and (line.startswith("    ") or not line.strip()):
            continue
        skipping = False
        out.append(line)
    text = "\n".join(out).strip()
    text = re.sub(r":(?:func|class|meth|attr|data|exc|ref):`~?([^`]+)`", r"`\1`", text)
    text = text.replace(".. sourcecode:: jinja", "").replace(".. code-block:: python", "")
    return text


def signature(name, fn, kind):
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return name
    params = [p for p in sig.parameters.values() if p.name not in SKIP_PARAMS]
    if kind in ("filter", "test", "method") and params and params[0].name in ("self", "value", "s", "seq", "value_", "obj"):
        params = params[1:]  # the value
    elif kind in ("filter", "test") and params:
        params = params[1:]  # the value
    if not params:
        return name
    return "%s(%s)" % (name, ", ".join(str(p) for p in params))


def go(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def emit(var, comment, items):
    print("// %s %s" % (var, comment))
    print("var %s = map[string]doc{" % var)
    for name in sorted(items):
        sig, text = items[name]
        print("\t%s: {%s, %s}," % (go(name), go(sig), go(text)))
    print("}")
    print()


filters = {}
for name, fn in jinja2.filters.FILTERS.items():
    filters[name] = (signature(name, fn, "filter"), clean(fn.__doc__))
tests = {}
for name, fn in jinja2.tests.TESTS.items():
    tests[name] = (signature(name, fn, "test"), clean(fn.__doc__))
pybuiltins = {}
for name in dir(builtins):
    if name.startswith("_"):
        continue
    obj = getattr(builtins, name)
    doc = clean(getattr(obj, "__doc__", "") or "")
    if isinstance(obj, type) and issubclass(obj, BaseException):
        doc = doc.split("\n\n")[0]
    pybuiltins[name] = (name, doc.split("\n\n")[0] if len(doc) > 600 else doc)

methods = {}
for cls in (str, list, dict, set, tuple, int, float, bytes):
    for name in dir(cls):
        if name.startswith("_"):
            continue
        fn = getattr(cls, name)
        doc = clean(getattr(fn, "__doc__", "") or "")
        methods["%s.%s" % (cls.__name__, name)] = (signature(name, fn, "method"), doc.split("\n\n")[0])

loop = {}
for name in dir(jinja2.runtime.LoopContext):
    if name.startswith("_"):
        continue
    attr = inspect.getattr_static(jinja2.runtime.LoopContext, name)
    if isinstance(attr, property) or inspect.isfunction(attr):
        fn = attr.fget if isinstance(attr, property) else attr
        sig = signature(name, fn, "method") if inspect.isfunction(attr) else name
        loop[name] = (sig, clean(fn.__doc__).split("\n\n")[0])
loop["index0"] = ("index0", "Current iteration of the loop, starting at 0.")

# Request attributes that Werkzeug sets in __init__ have no docstring; their
# words come from Werkzeug's documentation of the class.
REQUEST_FALLBACK = {
    "method": "The method the request was made with, such as ``GET``.",
    "path": "The path part of the URL after the root path, such as ``/posts/1``.",
    "headers": "The headers received with the request.",
    "view_args": "A dict of view arguments that matched the request (the URL's placeholders).",
    "query_string": "The part of the URL after the \"?\", as raw bytes.",
    "scheme": "The URL scheme of the protocol the request used, such as ``https``.",
    "remote_addr": "The address of the client sending the request.",
    "host": "The host name the request was made to, including the port if it is non-standard.",
    "htmx": "Hyperflask's htmx details of the request: truthy when htmx sent it, with ``target``, ``trigger``, ``boosted``, ``current_url`` ….",
    "root_url": "The request URL scheme, host, and root path: the root the application is accessed from.",
}
request = {}
for name, fallback in sorted(REQUEST_FALLBACK.items()):
    request[name] = (name, fallback)
for name in dir(flask.Request):
    if name.startswith("_"):
        continue
    attr = inspect.getattr_static(flask.Request, name, None)
    doc = getattr(attr, "__doc__", None)
    if isinstance(attr, (property,)) or type(attr).__name__ == "cached_property":
        request[name] = (name, clean(doc).split("\n\n")[0])
    elif inspect.isfunction(attr):
        request[name] = (signature(name, attr, "method"), clean(doc).split("\n\n")[0])

kw = {k: (k, "") for k in keyword.kwlist + keyword.softkwlist}

print("// Code generated by gendocs.py from Jinja %s, CPython %s and Flask %s; DO NOT EDIT." % (jinja2.__version__, sys.version.split()[0], flask.__version__))
print()
print("package lsp")
print()
emit("filterDocs", "documents Jinja's built-in filters.", filters)
emit("testDocs", "documents Jinja's built-in tests.", tests)
emit("builtinDocs", "documents Python's builtins.", pybuiltins)
emit("methodDocs", "documents the methods of Python's built-in types, by type.method.", methods)
emit("loopDocs", "documents the attributes of Jinja's loop variable.", loop)
emit("requestDocs", "documents the attributes and methods of Flask's request.", request)
emit("keywordDocs", "lists Python's keywords and soft keywords.", kw)
