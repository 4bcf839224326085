"""Writes the expected output of the HTML sanitizer of Hyperflask's markdown
filter, {% markdown %} tag and sanitize filter.

Hyperflask sanitizes with html-sanitizer's Sanitizer and its default
settings (HTML_SANITIZER_CONFIG and MARKDOWN_SANITIZER_CONFIG are empty).
html-sanitizer is on PyPI only and needs lxml (Debian: python3-lxml), so
run, with html-sanitizer 2.x's source on PYTHONPATH:

    PYTHONPATH=/path/to/html-sanitizer /usr/bin/python3 conformance/markdown/gen_sanitize.py

It writes sanitize/NAME.out for every sanitize/NAME.html, and
cases/NAME.filter.html for every Markdown document converted with
Hyperflask's options (no NAME.json): the markdown filter's output,
Sanitizer().sanitize(markdown.markdown(source, **MARKDOWN_OPTIONS)).
"""

import glob
import os
import sys

sys.modules["pygments"] = None  # the reference runs without Pygments

import markdown  # noqa: E402
from html_sanitizer import Sanitizer  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
sanitizer = Sanitizer({})
options = {"extensions": ["fenced_code", "nl2br", "attr_list", "admonition", "codehilite"]}


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


n = 0
for path in sorted(glob.glob(os.path.join(here, "sanitize", "*.html"))):
    write(path[:-5] + ".out", sanitizer.sanitize(read(path)))
    n += 1
for path in sorted(glob.glob(os.path.join(here, "cases", "*.md"))):
    if os.path.exists(path[:-3] + ".json"):
        continue
    try:
        html = markdown.markdown(read(path), **options)
    except Exception:  # noqa: BLE001 - gen.py records these
        continue
    write(path[:-3] + ".filter.html", sanitizer.sanitize(html))
    n += 1
print(f"{n} outputs")
