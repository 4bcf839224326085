"""Jinja2 on CPython for the template benchmark (see templates_test.go).

Run as `python3 jinja2_harness.py TEMPLATE_ROOT`. It loads the .jpy pages the
way Hyperflask does: the frontmatter between the `---` lines is executed with a
`page` object, and the attributes it sets become the template variables; the
template is the rest of the file. The environment is set up as Flask sets up
its own outside debug mode: autoescape on for .html and off for everything else
(so .jpy pages are not escaped unless they say so, as complex.jpy does with
`{% autoescape true %}`), and no auto-reload (templates that are extended or
included are looked up in the environment's cache at each render, not
stat()ed).

It then reads commands from stdin, one per line, and answers each with one
line of JSON on stdout:

    render NAME        {"out": "<the rendered page>"}
    data NAME          {"data": {<the page variables>}}
    bench NAME N       {"ns": <wall ns for N renders>, "cpu_ns": <CPU ns>}

`bench` renders once to warm up, then times N renders of the compiled template
with the page's variables (render only: no loading, parsing or compiling)."""
import json
import os
import sys
import time

import jinja2


def split_frontmatter(source):
    """Returns (frontmatter, template) of a .jpy page."""
    if not source.startswith("---\n"):
        return "", source
    end = source.index("\n---\n", 3)
    return source[4:end + 1], source[end + 5:]


class PageLoader(jinja2.BaseLoader):
    """Loads templates from a directory; .jpy frontmatter is split off."""

    def __init__(self, root):
        self.root = root

    def get_source(self, environment, template):
        path = os.path.join(self.root, *template.split("/"))
        if not os.path.isfile(path):
            raise jinja2.TemplateNotFound(template)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        if template.endswith(".jpy"):
            _, source = split_frontmatter(source)
        mtime = os.path.getmtime(path)
        return source, path, lambda: os.path.getmtime(path) == mtime


class Page:
    """The `page` object the frontmatter sets variables on."""


def page_vars(root, name):
    with open(os.path.join(root, *name.split("/")), encoding="utf-8") as f:
        frontmatter, _ = split_frontmatter(f.read())
    page = Page()
    exec(compile(frontmatter, name, "exec"), {"page": page})
    return dict(vars(page))


def main():
    root = sys.argv[1]
    env = jinja2.Environment(
        loader=PageLoader(root),
        autoescape=lambda name: name is not None and name.endswith(".html"),
        auto_reload=False,
    )
    for line in sys.stdin:
        cmd = line.split()
        if not cmd:
            continue
        name = cmd[1]
        if cmd[0] == "data":
            reply = {"data": page_vars(root, name)}
        elif cmd[0] == "render":
            reply = {"out": env.get_template(name).render(page_vars(root, name))}
        elif cmd[0] == "bench":
            n = int(cmd[2])
            tmpl = env.get_template(name)
            variables = page_vars(root, name)
            tmpl.render(variables)
            render = tmpl.render
            t, c = time.perf_counter_ns(), time.process_time_ns()
            for _ in range(n):
                render(variables)
            reply = {"ns": time.perf_counter_ns() - t, "cpu_ns": time.process_time_ns() - c}
        else:
            reply = {"error": "unknown command " + cmd[0]}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
