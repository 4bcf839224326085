"""Writes str_unicode.json: CPython 3.11's results of str's case mappings,
predicates and whitespace/line splitting on random strings drawn from
characters with interesting Unicode properties (cased, case-ignorable,
special casing, final sigma, digits of other scripts, whitespace, line
boundaries). str_unicode_test.go compares the VM with them.

Run with Debian's CPython 3.11: /usr/bin/python3 gen_str_unicode.py
"""
import json
import random
import sys

assert sys.version_info[:2] == (3, 11), sys.version

POOL = (
    "aAzZ09 _-.'!\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\u3000\u200b"
    "ßẞİıſµÿǅǆǄǈǋǲﬁﬀﬆŉǰΐΰᾈᾀᾳῼΣσςΑΩάέ"
    "\u0301\u0308\u0345\u00ad\u02b0\u200d\u2019:"
    "ÀéÎõÜñçøåæœ日本語テ🎉𐐀𐐨Ꭰꭰᏸ"
    "١٢٣۴०৯๕０𝟗²³½Ⅻⅻ〇①"
    "ΑΒΓабвгԱաႠაᲐ"
)
FUNCS = ["lower", "upper", "title", "capitalize", "swapcase", "casefold",
         "istitle", "islower", "isupper", "isidentifier", "isalpha", "isalnum",
         "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
         "split", "splitlines", "strip", "expandtabs"]

rng = random.Random(3)
cases = []
for n in range(500):
    length = rng.choice([1, 2, 3, 5, 8, 13])
    s = "".join(rng.choice(POOL) for _ in range(length))
    results = {}
    for f in FUNCS:
        results[f] = getattr(s, f)()
    cases.append({"s": s, "r": results})
with open("str_unicode.json", "w", encoding="utf-8") as f:
    json.dump(cases, f, ensure_ascii=False, separators=(",", ":"))
    f.write("\n")
