#!/usr/bin/python3
"""Regenerates the expected HTML of the Markdown documents of the suite.

Run with Debian's CPython and Python-Markdown (python3-markdown 3.4):

    /usr/bin/python3 conformance/gen/pymarkdown.py            # rewrite
    /usr/bin/python3 conformance/gen/pymarkdown.py --check    # compare only

A Markdown case (../README.md) holds `document.md` and, optionally,
`options.json` (markdown.markdown()'s keyword arguments; without it,
Hyperflask's MARKDOWN_OPTIONS: the extensions fenced_code, nl2br, attr_list,
admonition and codehilite). This script writes its `output`, or, when
Python-Markdown raises, an `error` section holding the exception's class.
Sections are exact bytes (CRLF documents keep their line endings). The
`filter-output` section is gen/sanitize.py's.

The reference setting is Hyperflask with Pygments absent: codehilite then
falls back to <pre class="codehilite"><code class="language-x">. Pygments is
blocked below so that the output does not depend on whether python3-pygments
happens to be installed.
"""

import json
import sys

import casefile as cf

sys.modules["pygments"] = None  # import pygments now raises ImportError

import markdown  # noqa: E402

assert markdown.__version__.startswith("3.4"), markdown.__version__

HYPERFLASK_OPTIONS = {"extensions": ["fenced_code", "nl2br", "attr_list", "admonition", "codehilite"]}
SOURCE = "Python-Markdown 3.4"


def main(argv):
    w = cf.Writer("--check" in argv)
    n = 0
    for path in cf.cases():
        comment, sections = cf.parse_case(cf.read(path))
        doc = cf.get(sections, "document.md")
        if doc is None or not cf.get(sections, "source", "").startswith(SOURCE):
            continue
        opts = HYPERFLASK_OPTIONS
        if cf.get(sections, "options.json") is not None:
            opts = json.loads(cf.get(sections, "options.json"))
        sections = cf.remove(cf.remove(sections, "output"), "error")
        try:
            html = markdown.markdown(doc, **opts)
        except Exception as e:  # noqa: BLE001 - the class is the expectation
            sections = cf.replace(sections, "error", type(e).__name__ + "\n", after="source")
        else:
            sections = cf.replace(sections, "output", html, after="source")
        w.put(path, cf.format_case(comment, sections))
        n += 1
    print("%d documents%s" % (n, (", %d mismatches" % w.bad) if w.check else ""))
    return 1 if w.bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
