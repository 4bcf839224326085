#!/usr/bin/python3
"""Writes what CPython 3.11 says about the test corpora of grammar/python.

For every testdata/cpython/X.py (valid programs) it writes X.ast.json: the
tree of ast.parse, dumped in the format astjson.Marshal gives for the tree
of grammar/python (see below), and X.warnings.json when CPython warns
(invalid escape sequences, number literals glued to keywords).

It also writes keywords.json: keyword.kwlist and keyword.softkwlist.

For every testdata/cpython-errors/X.py (invalid programs) it writes
X.error.json: the SyntaxError of ast.parse (class, msg, lineno, offset,
end_lineno, end_offset; offsets are 1-based columns as CPython reports them).

Run it with CPython 3.11 (the python3 on PATH is another interpreter):

    /usr/bin/python3 grammar/python/testdata/cpython/gen.py

Files are read as bytes, decoded as UTF-8 and given to ast.parse as str:
then every column CPython reports in a SyntaxError counts characters (with
bytes, the tokenizer's errors count characters and the parser's count
bytes). Positions in the trees count bytes either way. The dump format, shared with astjson:

  * a node is an object whose first key is "type" (the class name, except
    that the lower-case classes have the Go names Arguments, Arg, Keyword,
    Alias, WithItem, MatchCase, Comprehension, and the statement Expr is
    ExprStmt), then "span" = "line:col-line:col" with col = col_offset + 1
    (nodes without positions have none), then the fields in _fields order;
  * a field that is None is left out, except the value of Constant and
    MatchSingleton; type_comment and Module.type_ignores are left out;
  * expr_context, operators and cmpop are written as their class names;
    comprehension.is_async and AnnAssign.simple as booleans;
  * a constant value is null (None), true/false, a string (str) or a one-key
    object {"int": "digits"}, {"float": repr}, {"imag": repr of the
    imaginary part}, {"bytes": the bytes as U+0000-U+00FF characters},
    {"ellipsis": "..."};
  * strings escape '"', '\\', \\n, \\r, \\t, U+0000-U+001F and U+007F-U+009F
    (as \\u00xx) and lone surrogates (\\udxxx); other characters are written
    as they are;
  * two-space indentation, "key": value, [] for an empty list.
"""
import ast
import json
import os
import sys
import warnings

if sys.version_info[:2] != (3, 11):
    sys.exit("gen.py: run me with CPython 3.11 (/usr/bin/python3), not %s" % sys.version.split()[0])

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = os.path.join(os.path.dirname(HERE), "cpython-errors")

GO_NAMES = {
    "Expr": "ExprStmt",
    "arguments": "Arguments",
    "arg": "Arg",
    "keyword": "Keyword",
    "alias": "Alias",
    "withitem": "WithItem",
    "match_case": "MatchCase",
    "comprehension": "Comprehension",
}
SKIP = {"type_comment", "type_ignores"}
BOOL_FIELDS = {("comprehension", "is_async"), ("AnnAssign", "simple")}
NAMED = (ast.expr_context, ast.operator, ast.unaryop, ast.boolop, ast.cmpop)


def jstr(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or 0x7F <= o <= 0x9F or 0xD800 <= o <= 0xDFFF:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def constant(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is Ellipsis:
        return '{"ellipsis":"..."}'
    if isinstance(v, int):
        return '{"int":"%d"}' % v
    if isinstance(v, float):
        return '{"float":"%s"}' % repr(v)
    if isinstance(v, complex):
        return '{"imag":"%s"}' % repr(v.imag)
    if isinstance(v, str):
        return jstr(v)
    if isinstance(v, bytes):
        return '{"bytes":%s}' % jstr(v.decode("latin-1"))
    raise TypeError("unexpected constant %r" % (v,))


def dump(node, depth, out):
    pad = "  " * (depth + 1)
    cls = type(node).__name__
    out.append("{\n%s\"type\": %s" % (pad, jstr(GO_NAMES.get(cls, cls))))
    if "lineno" in node._attributes:
        out.append(",\n%s\"span\": \"%d:%d-%d:%d\"" % (
            pad, node.lineno, node.col_offset + 1, node.end_lineno, node.end_col_offset + 1))
    for name in node._fields:
        if name in SKIP:
            continue
        value = getattr(node, name)
        if name == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out.append(",\n%s\"value\": %s" % (pad, constant(value)))
            continue
        if value is None:
            continue
        out.append(",\n%s%s: " % (pad, jstr(name)))
        if (cls, name) in BOOL_FIELDS:
            out.append("true" if value else "false")
        else:
            dump_value(value, depth + 1, out)
    out.append("\n%s}" % ("  " * depth))


def dump_value(value, depth, out):
    if isinstance(value, NAMED):
        out.append(jstr(type(value).__name__))
    elif isinstance(value, ast.AST):
        dump(value, depth, out)
    elif isinstance(value, list):
        if not value:
            out.append("[]")
            return
        out.append("[")
        for i, item in enumerate(value):
            out.append("," if i else "")
            out.append("\n" + "  " * (depth + 1))
            if item is None:
                out.append("null")
            else:
                dump_value(item, depth + 1, out)
        out.append("\n%s]" % ("  " * depth))
    elif isinstance(value, bool):
        out.append("true" if value else "false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, str):
        out.append(jstr(value))
    else:
        raise TypeError("unexpected field value %r" % (value,))


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n", errors="surrogatepass") as f:
        f.write(text)


def corpus(directory):
    return sorted(n for n in os.listdir(directory) if n.endswith(".py") and n != "gen.py")


def main():
    import keyword
    write(os.path.join(HERE, "keywords.json"),
          json.dumps({"kwlist": keyword.kwlist, "softkwlist": keyword.softkwlist}, indent=2) + "\n")
    for name in corpus(HERE):
        path = os.path.join(HERE, name)
        with open(path, "rb") as f:
            src = f.read().decode("utf-8")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                tree = ast.parse(src, filename=name)
            except SyntaxError as e:
                sys.exit("gen.py: %s does not parse: %s (line %s)" % (name, e.msg, e.lineno))
        out = []
        dump(tree, 0, out)
        write(path[:-3] + ".ast.json", "".join(out) + "\n")
        warn_path = path[:-3] + ".warnings.json"
        if caught:
            items = [{"category": w.category.__name__, "message": str(w.message), "lineno": w.lineno}
                     for w in caught]
            write(warn_path, json.dumps(items, indent=2, ensure_ascii=False) + "\n")
        elif os.path.exists(warn_path):
            os.remove(warn_path)
    for name in corpus(ERRORS):
        path = os.path.join(ERRORS, name)
        with open(path, "rb") as f:
            src = f.read().decode("utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ast.parse(src, filename=name)
            except SyntaxError as e:
                err = {
                    "class": type(e).__name__,
                    "msg": e.msg,
                    "lineno": e.lineno,
                    "offset": e.offset,  # 1-based, in characters
                    "end_lineno": e.end_lineno,
                    "end_offset": e.end_offset,
                }
            else:
                sys.exit("gen.py: %s parses without error; it belongs in testdata/cpython" % name)
        write(path[:-3] + ".error.json", json.dumps(err, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
