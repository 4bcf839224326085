"""Reads and writes the conformance suite's case files (see ../README.md).

A case is a txtar archive: a comment, then sections that each start at a
line "-- NAME --". txtar adds a newline to a section that does not end in
one, so the comment lists those sections on a line "noeol: A B ..." and a
reader removes that one added newline. Every other section is exact bytes.

The generators import this module; runner/casefile.go is the Go reader.
"""
import os
import sys

if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") \
        and os.environ.get("HFC_GEN_REEXEC") != "1":
    os.environ["HFC_GEN_REEXEC"] = "1"
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)

if os.environ.get("PYTHONHASHSEED") is None:
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

SUITE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

def is_marker(line):
    return len(line) > 6 and line.startswith("-- ") and line.endswith(" --")


def check_section(name, data):
    """Refuses content that a reader would split at a marker line."""
    for line in data.split("\n"):
        if is_marker(line):
            raise ValueError("section %s holds a txtar marker line: %r" % (name, line))


def format_case(comment, sections):
    """The text of a case: comment is a list of lines (without the noeol
    line, which is computed), sections a list of (name, exact content)."""
    noeol = [n for n, d in sections if d and not d.endswith("\n")]
    head = [line for line in comment if not line.startswith("noeol:")]
    if noeol:
        head.append("noeol: " + " ".join(noeol))
    out = "".join(line + "\n" for line in head)
    check_section("comment", out)
    for name, data in sections:
        assert name and name == name.strip(), name
        check_section(name, data)
        out += "-- %s --\n%s" % (name, data)
        if data and not data.endswith("\n"):
            out += "\n"
    return out


def parse_case(text):
    """Returns (comment lines without noeol, [(name, exact content)])."""
    comment, sections, name, buf = [], [], None, []

    def flush():
        if name is None:
            comment.extend("".join(buf).split("\n")[:-1])
        else:
            sections.append([name, "".join(buf)])

    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    for bare in lines:
        if is_marker(bare):
            flush()
            name, buf = bare[3:-3].strip(), []
            continue
        buf.append(bare + "\n")
    flush()
    noeol = set()
    for line in comment:
        if line.startswith("noeol:"):
            noeol.update(line[len("noeol:"):].split())
    for s in sections:
        if s[0] in noeol:
            assert s[1].endswith("\n"), s[0]
            s[1] = s[1][:-1]
    return [c for c in comment if not c.startswith("noeol:")], [tuple(s) for s in sections]


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def cases(root=SUITE):
    """Every case file below root, sorted by path."""
    out = []
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in ("gen", "runner")]
        out += [os.path.join(d, f) for f in files if f.endswith(".txtar")]
    return sorted(out)


def rel(path):
    return os.path.relpath(path, SUITE).replace(os.sep, "/")


def get(sections, name, default=None):
    for n, d in sections:
        if n == name:
            return d
    return default


def replace(sections, name, data, after=None):
    """Sets section name to data: in place when present, else after the
    section `after` (or at the end)."""
    out = [(n, d) for n, d in sections]
    for i, (n, _) in enumerate(out):
        if n == name:
            out[i] = (name, data)
            return out
    idx = len(out)
    if after is not None:
        for i, (n, _) in enumerate(out):
            if n == after:
                idx = i + 1
    out.insert(idx, (name, data))
    return out


def remove(sections, name):
    return [(n, d) for n, d in sections if n != name]


class Writer:
    """Writes or, with check=True, compares generated case files, and
    reports the files of a generator that it no longer writes."""

    def __init__(self, check):
        self.check = check
        self.bad = 0
        self.written = set()

    def put(self, path, text):
        self.written.add(os.path.abspath(path))
        if self.check:
            try:
                if read(path) != text:
                    print("MISMATCH %s" % rel(path))
                    self.bad += 1
            except FileNotFoundError:
                print("MISSING %s" % rel(path))
                self.bad += 1
            return
        if not os.path.exists(path) or read(path) != text:
            write(path, text)

    def prune(self, owned):
        """Removes (or reports) the files for which owned(path, comment)
        is true that put did not write."""
        for path in cases():
            if os.path.abspath(path) in self.written:
                continue
            comment, _ = parse_case(read(path))
            if not owned(path, comment):
                continue
            if self.check:
                print("STALE %s" % rel(path))
                self.bad += 1
            else:
                os.remove(path)
