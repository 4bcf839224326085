#!/usr/bin/python3
"""Write Jinja2's own parse of every template of this corpus, for the
differential test of grammar/template (jinja_test.go).

Run it with Debian's CPython and Jinja2 3.1 from this directory:

    /usr/bin/python3 gen.py

For each template NAME in valid/ and each option set S that options.txt gives
it, it writes expected/NAME@S.json: jinja2.Environment(...).parse(source) in
the shape that astjson.Marshal gives the Go tree, limited to Jinja's fields:

* a node is {"type": class name, "lineno": line, field: value, ...} with the
  fields of node.fields (Jinja's names: else_, dyn_args, with_context, ...);
* lineno is the file line: a .jpy template is split as jinjapy does and its
  template lines are shifted by the frontmatter (reference §1.7);
* lineno is left out where Jinja records the line of a later token rather
  than of the node (Compare, Tuple, CondExpr and the binary operators: the
  line of the operator or of the token after the last operand), where Jinja
  records none (Scope, Operand, the Keyword of {% autoescape %}), and for an
  Output, Keyword or Pair whose line is taken from such a node;
* FromImport names become {"type": "ImportName", "name": n} or with "alias";
* an infinite float constant becomes the string "inf" (JSON has no inf).

For each template NAME in invalid/ it writes expected/invalid/NAME@S.json:
the error's class (TemplateSyntaxError, or its subclass
TemplateAssertionError that the parser raises for a few errors), message and
file line. A template of valid/ that
fails, or one of invalid/ that parses, is an error of the corpus: the script
stops.

Option sets: "default" or flags joined by "+": trim_blocks, lstrip_blocks,
keep_trailing_newline, do (jinja2.ext.do), loopcontrols
(jinja2.ext.loopcontrols). options.txt maps glob patterns (first match wins)
to the sets a template runs with; the Go test reads the same file.
"""
import fnmatch
import json
import math
import os
import shutil
import sys

if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)

import jinja2
from jinja2 import nodes

HERE = os.path.dirname(os.path.abspath(__file__))
LATER_TOKEN_LINE = {
    "Compare", "Tuple", "CondExpr",
    "Add", "Sub", "Mul", "Div", "FloorDiv", "Mod", "Pow", "And", "Or",
}


def read_options():
    rules = []
    with open(os.path.join(HERE, "options.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if line:
                rules.append((line[0], line[1:]))
    return rules


def option_sets(rules, name):
    for pattern, sets in rules:
        if fnmatch.fnmatch(name, pattern):
            return sets
    raise SystemExit(f"options.txt: no pattern matches {name}")


def environment(option_set):
    flags = set() if option_set == "default" else set(option_set.split("+"))
    known = {"trim_blocks", "lstrip_blocks", "keep_trailing_newline", "do", "loopcontrols"}
    if flags - known:
        raise SystemExit(f"unknown option flags {flags - known}")
    extensions = []
    if "do" in flags:
        extensions.append("jinja2.ext.do")
    if "loopcontrols" in flags:
        extensions.append("jinja2.ext.loopcontrols")
    return jinja2.Environment(
        trim_blocks="trim_blocks" in flags,
        lstrip_blocks="lstrip_blocks" in flags,
        keep_trailing_newline="keep_trailing_newline" in flags,
        extensions=extensions,
    )


def split_jpy(text):
    """jinjapy's frontmatter split: the template and its first file line - 1."""
    if not text.startswith("---\n"):
        return text, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        return "", 0
    template = text[end + 5:]
    return template, text[: end + 5].count("\n")


class Converter:
    def __init__(self, offset):
        self.offset = offset

    def node(self, n):
        out = {"type": type(n).__name__}
        name = type(n).__name__
        values = {}
        for field in n.fields:
            value = getattr(n, field)
            if isinstance(n, nodes.FromImport) and field == "names":
                value = [self.import_name(x) for x in value]
            else:
                value = self.value(value)
            values[field] = value
        lineno = n.lineno
        if name in LATER_TOKEN_LINE:
            lineno = None
        elif name == "Output" and n.nodes and "lineno" not in values["nodes"][0]:
            lineno = None
        elif name == "Keyword" and isinstance(values["value"], dict) and "lineno" not in values["value"]:
            lineno = None
        elif name == "Pair" and isinstance(values["key"], dict) and "lineno" not in values["key"]:
            lineno = None
        if lineno is not None:
            out["lineno"] = lineno + self.offset
        out.update(values)
        return out

    def import_name(self, x):
        if isinstance(x, tuple):
            return {"type": "ImportName", "name": x[0], "alias": x[1]}
        return {"type": "ImportName", "name": x}

    def value(self, v):
        if isinstance(v, nodes.Node):
            return self.node(v)
        if isinstance(v, (list, tuple)):
            return [self.value(x) for x in v]
        if isinstance(v, float) and math.isinf(v):
            return "inf"
        return v


def dump(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def read(path):
    # newline="" keeps "\r\n" and "\r" as they are, as the Go side reads them.
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def main():
    rules = read_options()
    expected = os.path.join(HERE, "expected")
    shutil.rmtree(expected, ignore_errors=True)
    os.makedirs(os.path.join(expected, "invalid"))
    count = 0
    for kind in ("valid", "invalid"):
        folder = os.path.join(HERE, kind)
        for name in sorted(os.listdir(folder)):
            text = read(os.path.join(folder, name))
            source, offset = split_jpy(text) if name.endswith(".jpy") else (text, 0)
            for option_set in option_sets(rules, f"{kind}/{name}"):
                env = environment(option_set)
                try:
                    tree = env.parse(source)
                except jinja2.TemplateSyntaxError as e:
                    if kind == "valid":
                        raise SystemExit(f"valid/{name} [{option_set}]: {e} (line {e.lineno})")
                    dump(os.path.join(expected, "invalid", f"{name}@{option_set}.json"),
                         {"class": type(e).__name__, "message": e.message,
                          "lineno": e.lineno + offset})
                else:
                    if kind == "invalid":
                        raise SystemExit(f"invalid/{name} [{option_set}] parses")
                    dump(os.path.join(expected, f"{name}@{option_set}.json"), Converter(offset).node(tree))
                count += 1
    print(f"wrote {count} files, Jinja2 {jinja2.__version__}")


if __name__ == "__main__":
    main()
