#!/usr/bin/python3
"""Writes unicode_names.z, the table of the names that CPython 3.11 accepts
in a "\\N{...}" escape: every character name of its unicodedata (Unicode
14.0), except the Hangul syllables and CJK unified ideographs, whose names
are computed (the ideographs' ranges are in the table), plus the name
aliases of /usr/share/unicode/NameAliases.txt (Debian package unicode-data)
that CPython resolves.

The file is zlib-compressed text in three sections:
    N          then "delta;NAME" lines: code point minus the previous one,
               in hex (empty for 1)
    A          then "hex;ALIAS" lines
    C          then "start-end" lines: CJK UNIFIED IDEOGRAPH-XXXX ranges

Run it with CPython 3.11 (not the python3 on PATH):
    /usr/bin/python3 gen_unicode_names.py
"""
import os
import sys
import unicodedata
import zlib

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_unicode_names.py: run me with CPython 3.11 (/usr/bin/python3)")

ALIASES = "/usr/share/unicode/NameAliases.txt"
CJK = "CJK UNIFIED IDEOGRAPH-"

names, cjk = [], []
prev = 0
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None:
        continue
    if name.startswith("HANGUL SYLLABLE "):
        continue
    if name.startswith(CJK):
        if cjk and cjk[-1][1] == cp - 1:
            cjk[-1][1] = cp
        else:
            cjk.append([cp, cp])
        continue
    assert unicodedata.lookup(name) == chr(cp), name
    delta = cp - prev
    names.append(("" if delta == 1 else "%x" % delta) + ";" + name)
    prev = cp

aliases = []
with open(ALIASES, encoding="utf-8") as f:
    for line in f:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cp, alias, _kind = line.split(";")
        cp = int(cp, 16)
        try:
            ok = unicodedata.lookup(alias) == chr(cp)
        except KeyError:
            ok = False
        if ok and unicodedata.name(chr(cp), None) != alias:
            aliases.append("%x;%s" % (cp, alias))

text = "\n".join(["N"] + names + ["A"] + aliases + ["C"] + ["%x-%x" % (a, b) for a, b in cjk]) + "\n"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unicode_names.z")
with open(out, "wb") as f:
    f.write(zlib.compress(text.encode("ascii"), 9))
print("wrote %s: %d names, %d aliases, %d CJK ranges" % (out, len(names), len(aliases), len(cjk)))
