#!/usr/bin/python3
"""Regenerates the expected output of the HTML sanitizer of Hyperflask's
markdown filter, {% markdown %} tag and sanitize filter.

Hyperflask sanitizes with html-sanitizer's Sanitizer and its default
settings (HTML_SANITIZER_CONFIG and MARKDOWN_SANITIZER_CONFIG are empty).
html-sanitizer is on PyPI only and needs lxml (Debian: python3-lxml), so
run, with html-sanitizer 2.x's source on PYTHONPATH:

    PYTHONPATH=/path/to/html-sanitizer /usr/bin/python3 conformance/gen/sanitize.py [--check]

It writes the `output` of every sanitizer case (an `input.html` section),
and the `filter-output` of every Markdown case converted with Hyperflask's
options (no `options.json`): the markdown filter's output,
Sanitizer().sanitize(markdown.markdown(document, **MARKDOWN_OPTIONS)).
"""

import sys

import casefile as cf

sys.modules["pygments"] = None  # the reference runs without Pygments

import markdown  # noqa: E402
from html_sanitizer import Sanitizer  # noqa: E402

sanitizer = Sanitizer({})
options = {"extensions": ["fenced_code", "nl2br", "attr_list", "admonition", "codehilite"]}
SOURCE = "html-sanitizer 2.x"


def main(argv):
    w = cf.Writer("--check" in argv)
    n = 0
    for path in cf.cases():
        comment, sections = cf.parse_case(cf.read(path))
        src = cf.get(sections, "source", "")
        if cf.get(sections, "input.html") is not None and src.startswith(SOURCE):
            sections = cf.replace(sections, "output", sanitizer.sanitize(cf.get(sections, "input.html")), after="source")
        elif cf.get(sections, "document.md") is not None and cf.get(sections, "options.json") is None \
                and "filter-output: " + SOURCE in src:
            try:
                html = markdown.markdown(cf.get(sections, "document.md"), **options)
            except Exception:  # noqa: BLE001 - gen/pymarkdown.py records these
                continue
            sections = cf.replace(sections, "filter-output", sanitizer.sanitize(html))
        else:
            continue
        w.put(path, cf.format_case(comment, sections))
        n += 1
    print("%d outputs%s" % (n, (", %d mismatches" % w.bad) if w.check else ""))
    return 1 if w.bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
