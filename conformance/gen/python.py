#!/usr/bin/python3
"""Regenerates the expectations of the Python programs of the suite with CPython.

A program case (../README.md) holds the program's files, a `run` section
naming the one to run, and CPython 3.11's `stdout` and, when the program
raises, its `traceback`. For each case whose source is CPython this script
writes the files to a temporary folder, runs `/usr/bin/python3 NAME.py` there
(PYTHONHASHSEED=0) and rewrites the two expectations: stdout exactly, the
traceback normalised (file paths reduced to their base name, and CPython
3.11's caret lines under the source line removed, since hfc prints the source
line without carets).

    /usr/bin/python3 conformance/gen/python.py            # every program case
    /usr/bin/python3 conformance/gen/python.py --check    # compare only
    /usr/bin/python3 conformance/gen/python.py python/x   # some cases

A new program is written as python/NAME.py (or as a case file without its
expectations); this script turns it into python/NAME.txtar.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import casefile as cf

CARETS = re.compile(r"^\s*[\^~]+\s*$")
SOURCE = "CPython 3.11"


def normalise(stderr):
    out = []
    for line in stderr.splitlines(keepends=True):
        if CARETS.match(line):
            continue
        line = re.sub(r'File "[^"]*/([^/"]+)"', r'File "\1"', line)
        out.append(line)
    return "".join(out)


def run(sections):
    prog = cf.get(sections, "run").strip()
    tmp = tempfile.mkdtemp(prefix="hfc-python-")
    try:
        for name, data in sections:
            if name.endswith(".py"):
                cf.write(os.path.join(tmp, name), data)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        r = subprocess.run(["/usr/bin/python3", prog], cwd=tmp, env=env,
                           capture_output=True, text=True, timeout=60)
    finally:
        shutil.rmtree(tmp)
    return r.stdout, normalise(r.stderr) if r.returncode != 0 else None


def adopt(py):
    """Turns a bare python/NAME.py into python/NAME.txtar."""
    name = os.path.basename(py)[:-3]
    comment = ["Python program %s: its standard output and traceback are CPython 3.11's, written by gen/python.py." % name,
               "Edit the program, never the expectations, then rerun the generator."]
    sections = [(name + ".py", cf.read(py)), ("run", name + ".py\n"), ("source", SOURCE + "\n")]
    path = py[:-3] + ".txtar"
    if os.path.exists(path):
        raise SystemExit("%s and %s both exist" % (cf.rel(py), cf.rel(path)))
    cf.write(path, cf.format_case(comment, sections))
    os.remove(py)
    return path


def main(argv):
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("--")]
    folder = os.path.join(cf.SUITE, "python")
    if not check:
        for f in sorted(os.listdir(folder)):
            if f.endswith(".py"):
                print("adopted %s" % cf.rel(adopt(os.path.join(folder, f))))
    w = cf.Writer(check)
    n = 0
    for path in cf.cases():
        comment, sections = cf.parse_case(cf.read(path))
        if cf.get(sections, "run") is None or cf.get(sections, "source", "").strip() != SOURCE:
            continue
        if names and cf.rel(path)[:-6] not in names:
            continue
        out, tb = run(sections)
        sections = cf.replace(sections, "stdout", out, after="source")
        sections = cf.remove(sections, "traceback")
        if tb is not None:
            sections = cf.replace(sections, "traceback", tb, after="stdout")
        w.put(path, cf.format_case(comment, sections))
        n += 1
    print("%d programs%s" % (n, (", %d mismatches" % w.bad) if check else ""))
    return 1 if w.bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
