"""Writes the expected HTML of every Markdown document in cases/.

Run with Debian's CPython and Python-Markdown (python3-markdown 3.4):

    /usr/bin/python3 conformance/markdown/gen.py

For cases/NAME.md it writes cases/NAME.html: the output of
markdown.markdown() with the keyword arguments in cases/NAME.json when that
file exists, else Hyperflask's MARKDOWN_OPTIONS (the extensions fenced_code,
nl2br, attr_list, admonition and codehilite). A document that makes
Python-Markdown raise gets cases/NAME.error with the exception's type
instead. The files are read and written as bytes-exact UTF-8 (no newline
translation), so CRLF documents keep their line endings.

The reference setting is Hyperflask with Pygments absent: codehilite then
falls back to <pre class="codehilite"><code class="language-x">. Pygments is
blocked below so that the output does not depend on whether python3-pygments
happens to be installed.
"""

import glob
import json
import os
import sys

sys.modules["pygments"] = None  # import pygments now raises ImportError

import markdown  # noqa: E402

assert markdown.__version__.startswith("3.4"), markdown.__version__

HYPERFLASK_OPTIONS = {"extensions": ["fenced_code", "nl2br", "attr_list", "admonition", "codehilite"]}

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


count = 0
for src in sorted(glob.glob(os.path.join(here, "*.md"))):
    base = src[:-3]
    opts = HYPERFLASK_OPTIONS
    if os.path.exists(base + ".json"):
        opts = json.loads(read(base + ".json"))
    for stale in (base + ".html", base + ".error"):
        if os.path.exists(stale):
            os.remove(stale)
    try:
        html = markdown.markdown(read(src), **opts)
    except Exception as e:  # noqa: BLE001 - the type is the expectation
        write(base + ".error", type(e).__name__ + "\n")
    else:
        write(base + ".html", html)
    count += 1
print(f"{count} documents")
