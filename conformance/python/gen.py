#!/usr/bin/python3
"""Regenerates the expected outputs of conformance/python/*.py with CPython.

For each X.py, runs `/usr/bin/python3 X.py` in this folder (PYTHONHASHSEED=0)
and writes X.out (standard output, exactly) and, when the program raises,
X.err (standard error, normalised: file paths reduced to their base name and
CPython 3.11's caret lines under the source line removed, since hfc prints
the source line without carets).

    /usr/bin/python3 conformance/python/gen.py [NAME.py ...]
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CARETS = re.compile(r"^\s*[\^~]+\s*$")


def normalise(stderr):
    out = []
    for line in stderr.splitlines(keepends=True):
        if CARETS.match(line):
            continue
        line = re.sub(r'File "[^"]*/([^/"]+)"', r'File "\1"', line)
        out.append(line)
    return "".join(out)


def main(names):
    if not names:
        names = sorted(f for f in os.listdir(HERE) if f.endswith(".py") and f != "gen.py")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    for name in names:
        base = os.path.join(HERE, name[:-3])
        r = subprocess.run(["/usr/bin/python3", name], cwd=HERE, env=env,
                           capture_output=True, text=True, timeout=60)
        with open(base + ".out", "w", encoding="utf-8", newline="") as f:
            f.write(r.stdout)
        if r.returncode != 0:
            with open(base + ".err", "w", encoding="utf-8", newline="") as f:
                f.write(normalise(r.stderr))
        elif os.path.exists(base + ".err"):
            os.remove(base + ".err")
    print("%d programs" % len(names))


if __name__ == "__main__":
    main(sys.argv[1:])
