"""Writes the CPython 3.11 reference tables that pyfmt's Go tests read.

Run from this folder with Debian's CPython 3.11:  /usr/bin/python3 gen.py

Every file is gzipped JSON lines (NAME.jsonl.gz): {"f": function, "a": [arguments as strings],
"r": result} or {"f": ..., "a": [...], "e": [exception class, message]}.
Ints are decimal strings (hex in typed values), floats are "f:" + the 16 hex digits of their IEEE
bits (so -0.0 and the sign of nan survive), str values are themselves.
Typed values (for % and str.format) are encoded by enc() below.
"""
import gzip
import json
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), sys.version

rng = random.Random(20240611)


def fbits(x):
    return "f:%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def has_surrogate(s):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in s)


class Writer:
    def __init__(self, name):
        self.name = name + ".jsonl.gz"
        self.raw = open(self.name, "wb")
        # mtime=0 keeps the output identical from run to run.
        self.f = gzip.GzipFile(fileobj=self.raw, mode="wb", mtime=0)
        self.seen = set()
        self.n = 0

    def case(self, fn, args, call):
        key = (fn, json.dumps(args))
        if key in self.seen:
            return
        self.seen.add(key)
        rec = {"f": fn, "a": args}
        try:
            r = call()
            if isinstance(r, float):
                r = fbits(r)
            elif isinstance(r, (bool, int)):
                r = str(r)
            elif isinstance(r, tuple):
                r = [fbits(x) if isinstance(x, float) else str(x) for x in r]
            rec["r"] = r
        except ComplexResult:
            rec["e"] = ["complex", ""]
        except Exception as e:  # the exception is the expected output
            rec["e"] = [type(e).__name__, str(e)]
        self.write(rec)

    def write(self, rec):
        if has_surrogate(json.dumps(rec, ensure_ascii=False)) or "\\ud" in json.dumps(rec):
            return
        self.f.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
        self.n += 1

    def close(self):
        self.f.close()
        self.raw.close()
        print(self.name, self.n)


# ---------------------------------------------------------------- values

def special_floats():
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.1, 0.2, 0.3, 1 / 3, 2 / 3,
          123.456, -123.456, 1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e23, 1e-5, 1e-4, 1e-3,
          0.0001234, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, -1.7976931348623157e308, math.inf, -math.inf, math.nan,
          -math.nan, 1234567.891, -0.0001, 99.995, 0.045, 2.675, 1e100, 123456789012345678.0,
          0.5e-4, 9.5, 10.5, 0.05, 0.15, 0.25, 0.35, 1.0000000000000002, 0.9999999999999999,
          4503599627370496.5, 9007199254740993.0, 1e300, 1e-300, 3.14159, 2.0 ** 63, 2.0 ** 64,
          -2.0 ** 63, 1e21, 1e-7, 123.0, 100.0, 1000.0, 12345.6789, 0.000123456]
    return xs


def random_float():
    k = rng.random()
    if k < 0.4:
        return from_bits(rng.getrandbits(64))
    if k < 0.7:
        return float("%de%d" % (rng.randint(-10 ** rng.randint(1, 17), 10 ** rng.randint(1, 17)),
                                rng.randint(-30, 30)))
    if k < 0.85:
        return rng.uniform(-1e6, 1e6)
    return float(rng.randint(-10 ** 6, 10 ** 6)) / 2 ** rng.randint(0, 10)


def finite(x):
    return not (math.isinf(x) or math.isnan(x))


def special_ints():
    xs = [0, 1, -1, 2, 7, 10, 42, -42, 100, 255, -255, 1000, 1234, 12345, 123456, 1234567, -1234567,
          65, 0x10FFFF, 0x110000, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63,
          2 ** 63, 2 ** 64, -2 ** 64 - 1, 10 ** 20, -10 ** 25, 2 ** 100 + 12345, 10 ** 308,
          10 ** 309, 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 3 ** 200]
    return xs


def random_int():
    k = rng.random()
    if k < 0.5:
        return rng.randint(-10 ** 6, 10 ** 6)
    if k < 0.8:
        return rng.randint(-2 ** 64, 2 ** 64)
    return rng.randint(-10 ** rng.randint(1, 80), 10 ** rng.randint(1, 80))


STRINGS = ["", "a", "abc", "hello world", "é", "日本語", "naïve café", "\U0001F600x", "  sp  ",
           "a\tb", "x" * 30, "0123456789"]


# ---------------------------------------------------------------- repr

def gen_repr():
    w = Writer("repr")
    xs = special_floats()
    for e in range(-330, 310):
        for m in (1, 2, 5, 9.999999999999999, 1.0000000000000002):
            xs.append(float("%re%d" % (m, e)))
    for _ in range(12000):
        xs.append(random_float())
    for b in (1, 2, 3, 0xFFFFFFFFFFFFF, 0x10000000000000, 0x7FEFFFFFFFFFFFFF):
        xs.append(from_bits(b))
    for x in xs:
        w.case("repr", [fbits(x)], lambda: repr(x))
    for s in STRINGS + ["'", '"', "'\"", "\\", "\x00\x1f\x7f\x80\x9f\xa0\xad",
                        "\u200b\u2028\u3000\ufeff\U000e0001", "\U0010ffff\U000f0000",
                        "\u0378\u1f4a\u0600", "it's", 'say "hi"', "tab\there\r\n"]:
        w.case("strrepr", [s], lambda: repr(s))
        w.case("ascii", [s], lambda: ascii(s))
    for _ in range(3000):
        s = "".join(chr(rng.choice([rng.randint(0, 0x7f), rng.randint(0x80, 0x7ff),
                                    rng.randint(0x800, 0xffff), rng.randint(0x10000, 0x10ffff)]))
                    for _ in range(rng.randint(1, 6)))
        if not has_surrogate(s):
            w.case("strrepr", [s], lambda: repr(s))
            w.case("ascii", [s], lambda: ascii(s))
    w.close()


# ---------------------------------------------------------------- format()

FILLS = ["", "<", ">", "=", "^", "*<", "*>", "*=", "*^", "0<", "0>", "0=", "0^", "é^", "{>", " <",
         "}="]
SIGNS = ["", "+", "-", " "]
WIDTHS = ["", "0", "1", "5", "8", "12", "20", "05", "010"]
GROUPS = ["", ",", "_"]
PRECS = ["", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25"]
TYPES = ["", "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "s", "x", "X", "%", "y", "é",
         "\n", " "]


def random_spec():
    return (rng.choice(FILLS) + rng.choice(SIGNS) + rng.choice(["", "", "z"]) +
            rng.choice(["", "", "#"]) + rng.choice(["", "", "0"]) + rng.choice(WIDTHS) +
            rng.choice(GROUPS) + rng.choice(PRECS) + rng.choice(TYPES))


ODD_SPECS = ["abc", "5.", ".", ",_", "_,", ",,", "__", "5,_d", ".2147483648f", ".2147483647",
             "99999999999999999999", "9223372036854775807", "9223372036854775808", ".1e", "5x5",
             "١٠", ".١f", "<<", "<<5", "0", "00", "000", "+0", "z", "#", "=", "zz", "##", "+-",
             "<+z#010,.3f", "x<", "\U0001F600^9", "0=10,", "0=10_", "010_x", "012_b", "09_o",
             "020,", "020_", "-020,.2f", "+021_.3e", "z.0f", "z%", "z.1%", " z.2g", "z05.1",
             "=^", "^=5", "<=", "c", ",c", "_c", ",s", "_s", ",n", "_n", "_x", ",x", "_X", ",b",
             ",e", "_%", ",%", "10.3n", "#n", "#c", "+c", "05c", "^5c", ".1c"]


def gen_format():
    w = Writer("format")
    ints = special_ints() + [random_int() for _ in range(40)]
    floats = special_floats() + [random_float() for _ in range(40)]
    specs = [random_spec() for _ in range(120)] + ODD_SPECS
    for x in ints:
        for sp in specs + [random_spec() for _ in range(60)]:
            w.case("int", [str(x), sp], lambda: format(x, sp))
    for b in (True, False):
        for sp in specs + ["", "s", "d", ">6"]:
            w.case("bool", [str(b), sp], lambda: format(b, sp))
    for x in floats:
        for sp in specs + [random_spec() for _ in range(80)]:
            w.case("float", [fbits(x), sp], lambda: format(x, sp))
    for x in [random_float() for _ in range(1500)]:
        for t in "eEfFgG%n":
            p = rng.choice(["", ".0", ".1", ".3", ".5", ".8", ".12", ".16", ".17", ".20", ".30"])
            sp = rng.choice(["", "#", "z", "+", ",", "_"]) + p + t
            w.case("float", [fbits(x), sp], lambda: format(x, sp))
        for p in ["", ".1", ".2", ".4", ".15", ".17"]:
            w.case("float", [fbits(x), p], lambda: format(x, p))
    for x in [1e300, 1e-300, 5e-324, 2.0 ** 70, 0.1]:
        for sp in [".400f", ".350e", ".330g", "#.40g", ".1000f", ".100%"]:
            w.case("float", [fbits(x), sp], lambda: format(x, sp))
    for s in STRINGS:
        for sp in specs + [random_spec() for _ in range(40)] + [".0", ".2", ".5", "10.3",
                                                                  "^11.2", "é>9.4", "05", "<05",
                                                                  "=5", " ", "+", "z", "#"]:
            w.case("str", [s, sp], lambda: format(s, sp))
    for sp in ["", "s", " ", "10"]:
        w.case("none", [sp], lambda: format(None, sp))
    w.close()


# ---------------------------------------------------------------- typed values

def enc(v):
    """Encodes a value for the Go tests' small object model."""
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, int):
        return {"i": hex(v)}
    if isinstance(v, float):
        return {"f": fbits(v)}
    if isinstance(v, str):
        return {"s": v}
    if v is None:
        return {"n": None}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(v)


def encs(v):
    return json.dumps(enc(v), ensure_ascii=False)


POOL_INT = [0, 1, -1, 7, 42, -42, 255, 65, 0x10FFFF, 0x110000, 2 ** 31, 2 ** 63, -2 ** 64, 10 ** 30,
            True, False]
POOL_FLOAT = [0.0, -0.0, 1.5, -2.5, 0.1, 1e16, 1e-5, 123.456, 1e300, -1e-300, math.inf, -math.inf,
              math.nan, 2.675, 5e-324, 1e22]
POOL_STR = ["", "a", "abc", "é", "日本", "x" * 12, "it's"]
POOL_OTHER = [None, (), (1,), (1, "a"), [1, 2], [], {"a": 1}, {}]


def pool_for(conv):
    k = rng.random()
    if k < 0.15:
        return rng.choice(POOL_INT + POOL_FLOAT + POOL_STR + POOL_OTHER)
    if conv in "sra":
        return rng.choice(POOL_INT + POOL_FLOAT + POOL_STR + POOL_OTHER)
    if conv in "diuoxX":
        return rng.choice(POOL_INT + [random_int() for _ in range(3)] + POOL_FLOAT[:6])
    if conv in "eEfFgG":
        return rng.choice(POOL_FLOAT + [random_float() for _ in range(3)] + POOL_INT[:6])
    if conv == "c":
        return rng.choice([65, 0xE9, 0x1F600, 0, -1, 0x110000, 2 ** 70, "a", "é", "ab", "", 1.5, True])
    return rng.choice(POOL_INT + POOL_STR)


def random_conversion(keyed):
    conv = rng.choice("sraidiuoxXeEfFgGc" * 3 + "%yz\x01é")
    flags = "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 1, 2, 3])))
    width = rng.choice(["", "", "1", "5", "10", "*", "25", "007"])
    prec = rng.choice(["", "", ".", ".0", ".1", ".3", ".10", ".*"])
    length = rng.choice(["", "", "", "", "h", "l", "L"])
    key = ""
    if keyed:
        key = rng.choice(["(a)", "(b)", "(x(y))", "()", "(a)", "(zz)"])
    spec = "%" + key + flags + width + prec + length + conv
    stars = width.count("*") + prec.count("*")
    return spec, conv, stars


def gen_percent():
    w = Writer("percent")
    literal = ["", "", "x", "ab ", " é ", "%%", "日"]
    for _ in range(14000):
        keyed = rng.random() < 0.2
        parts, args = [rng.choice(literal)], []
        mapping = {}
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            spec, conv, stars = random_conversion(keyed)
            parts.append(spec)
            parts.append(rng.choice(literal))
            for _ in range(stars):
                args.append(rng.choice([0, 3, -4, 12, 7, -1, 5, 2 ** 40, 2 ** 70, "x", 1.5]))
            v = pool_for(conv)
            args.append(v)
            mapping[rng.choice(["a", "b", "x(y)", ""])] = v
        fmt = "".join(parts)
        if rng.random() < 0.05:
            fmt += rng.choice(["%", "%(", "%(a", "%-", "%*", "%.", "%.*", "%5", "%l"])
        if keyed:
            operand = rng.choice([mapping] * 6 + [[], (1,), 5, "s"])
        else:
            k = rng.random()
            if k < 0.1 and args:
                args = args[:-1]
            elif k < 0.2:
                args = args + [1]
            if len(args) == 1 and rng.random() < 0.5 and not isinstance(args[0], tuple):
                operand = args[0]
            else:
                operand = tuple(args)
        w.case("percent", [fmt, encs(operand)], lambda: fmt % operand)
    fixed = [
        ("%5%", ()), ("%5%", (1,)), ("%-5%", ()), ("abc%", ()), ("%y", ()), ("%y", 1),
        ("%(a)s", 1), ("%(a", {}), ("%#010o", 8), ("%#010x", 8), ("%05f", math.inf),
        ("%i", "x"), ("%u", "x"), ("%x", 1.5), ("%e", "x"), ("%e", 10 ** 400), ("%c", "ab"),
        ("%c", -1), ("%c", 10 ** 30), ("%*d", (2 ** 70, 1)), ("%.*d", (2 ** 40, 1)),
        ("%.*f", (-3, 1.5)), ("abc", []), ("abc", 5), ("abc", {}), ("abc", ()), ("abc", "s"),
        ("%d", math.inf), ("%d", math.nan), ("%.3d", -5), ("%#.3o", 5), ("%#x", -255),
        ("% 05d", 3), ("%s %s", (1,)), ("%ld", 3), ("%l", 3), ("%(a)*d", {"a": 1}),
        ("%%%", ()), ("%", ()), ("%(a)", {"a": 1}), ("%(a)%", {"a": 1}), ("%.%", (1,)),
        ("%c", 1.5), ("%c", True), ("%s", ()), ("%s", ((),)), ("%(a)s %s", {"a": 1}),
        ("%s %(a)s", {"a": 1}), ("%(a)s", {"a": 1, "b": 2}), ("%(a)s", []), ("%*s", ("a", "b")),
        ("%.*s", (3, "abcdef")), ("%-*s|", (-5, "a")), ("%*s|", (-5, "a")), ("%.0s", "x"),
        ("%.5r", "xyz"), ("%a", "é"), ("%5c", "é"), ("%05s", "ab"), ("%+s", "ab"),
        ("%+5s", "ab"), ("%#5d", 3), ("%+#x", 255), ("%+.3x", 255), ("% x", 255), ("%#X", 255),
        ("%#o", 0), ("%#.0o", 0), ("%.0d", 0), ("%#.0x", 0), ("%x", True), ("%d", True),
        ("%f", True), ("%x", 3.0), ("%#.0e", 1.5), ("%#g", 1.5), ("%g", 1e20), ("%G", 1e-20),
        ("%F", math.inf), ("%E", math.nan), ("%r", 1.5), ("%s", 1e16), ("%10.3s|", "abcdef"),
        ("%(a)(b)s", {"a(b": 1}), ("%((a))s", {"(a)": 1}), ("%i", 1e300), ("%o", -8),
        ("%#o", -8), ("%d %d", (1, 2, 3)), ("%(a)d", {"a": "x"}), ("%d", 10 ** 4300),
        ("%x", 10 ** 400), ("%.2147483647d", 1), ("%.2147483648d", 1), ("%.2147483645d", 1),
        ("%99999999999999999999d", 1), ("%9223372036854775807d", 1), ("%-010d|", -3),
        ("%+010.3f", -1.5), ("% 010x", 255), ("%-#10x|", 255), ("%#-10o|", 8), ("%0#10X", 255),
        ("%+#010X", -255), ("%#+10o", 8), ("%d", -0.0), ("%.3s", "日本語です"), ("%-6.2s|", "日本語"),
        ("%(a)s %(a)r", {"a": "q"}), ("%c%c", (0x1F600, "\n")), ("%5.1c|", "x"), ("%+c", 65),
        ("%s", "\x00"), ("%\x00", 1), ("%é", 1), ("%\U0001F600", 1), ("%-+ #0s", "x"),
        ("%*.*f", (10, 2, 3.14159)), ("%*.*f", (10, 2)), ("%(a)s", {"a": 10 ** 5000}),
        ("%s", (10 ** 5000,)), ("%r", -0.0), ("%a", "\x7f\x80"), ("%.1a", "é"),
    ]
    for fmt, operand in fixed:
        w.case("percent", [fmt, encs(operand)], lambda: fmt % operand)
    w.close()


# ---------------------------------------------------------------- str.format

FIELD_NAMES = ["", "", "", "0", "1", "2", "a", "b", "\u0661", "00", "99999999999999999999", "zz"]
ACCESSORS = ["", "", "", ".real", ".imag", ".x", "[0]", "[1]", "[a]", "[]", ".", "[0", "[0]x",
             "[\u0663]", "[99999999999999999999]", "[0].real", "[a][0]", "[:]", "[}]"]
CONVERSIONS = ["", "", "", "!r", "!s", "!a", "!x", "!", "!\u00e9", "!rr", "!\x00"]
SPECS = ["", "", "", ":", ":>8", ":^10", ":x", ":.2f", ":{}", ":{0}", ":{a}", ":{:{}}", ":{}{}",
         ":>{}", ":{{", ":{!r}", ":{0[0]}", ":{b}>5", ":*^{}.{}", ":{", ":}", ":,", ":s"]
LITERALS = ["", "", "ab", "{{", "}}", "\u00e9", " ", "x}}y", "}", "{"]


def random_format_string():
    clean = rng.random() < 0.6
    auto = rng.random() < 0.5
    out = [rng.choice(LITERALS[:-2] if clean else LITERALS)]
    for _ in range(rng.choice([1, 1, 2, 3])):
        if clean:
            name = "" if auto else rng.choice(["0", "1", "a", "b", "0", "\u0661"])
            acc = rng.choice(["", "", "", "", ".real", "[0]", "[a]", ".imag"])
            conv = rng.choice(["", "", "", "!r", "!s", "!a"])
            spec = rng.choice(["", "", ":", ":>8", ":^10", ":.2f", ":,", ":s", ":<4",
                               ":{}" if auto else ":{1}", ":*^{}" if auto else ":{a}"])
        else:
            name, acc = rng.choice(FIELD_NAMES), rng.choice(ACCESSORS)
            conv, spec = rng.choice(CONVERSIONS), rng.choice(SPECS)
        out.append("{" + name + acc + conv + spec + "}")
        out.append(rng.choice(LITERALS[:-2] * 4 + ([] if clean else LITERALS[-2:])))
    s = "".join(out)
    if not clean and rng.random() < 0.2:
        i = rng.randint(0, len(s))
        s = s[:i] + rng.choice("{}[]!:.") + s[i:]
    return s


ARG_POOL = [42, "str", [1, "x"], {"a": 5, "0": 6, 0: 7}, 1.5, True, None, 10, ">5", -0.0, "",
            (3, 4), 2 ** 70, "\u00e9\u00e8"]


def gen_str_format():
    w = Writer("strformat")
    for _ in range(12000):
        fmt = random_format_string()
        args = tuple(rng.choice(ARG_POOL) for _ in range(rng.choice([0, 1, 2, 3, 4, 4, 4])))
        kwargs = {k: rng.choice(ARG_POOL) for k in rng.sample(["a", "b", "zz"], rng.randint(0, 3))}
        if rng.random() < 0.1:
            w.case("format_map", [fmt, encs(kwargs)], lambda: fmt.format_map(kwargs))
        else:
            w.case("format", [fmt, encs(args), encs(kwargs)], lambda: fmt.format(*args, **kwargs))
    fixed = ["{0!r", "{0!", "{0!}abc", "{0!\x00}", "{0!\u00e9}", "{0!\n}", "{0[}]}", "{0[:]}",
             "{0]}", "{0[0]x}", "{0[a}", "{0}}", "{a{}", "{99999999999999999999}",
             "{0[99999999999999999999]}", "{\u0663}", "{0:{1}", "{:{}}", "{0:{a}}", "{:{:}}",
             "{:{:{}}}", "{0}{}", "{}{0}", "{0.}", "{0[]}", "{a.b[1].c}", "{!}", "{0!rr}", "{",
             "}", "{0", "{!r}", "{}{}{}{}{}", "{:{}}{}", "{{}}", "{{{0}}}", "}}{{", "a{}b{}c",
             "{0:{1}{2}}", "{0:{{}}}", "{0:}}", "{:{:{:}}}", "{0[0]:{1}}", "{a!r:{b}}",
             "{0.real:{0}}", "{.real}", "{[0]}", "{0.real.imag}", "{0.x.}", "{0[0]]}"]
    for fmt in fixed:
        for args in [(), (1,), (1, 2, 3), ([5, 6], "x", 7)]:
            kwargs = {"a": 3, "b": "q"}
            w.case("format", [fmt, encs(args), encs(kwargs)], lambda: fmt.format(*args, **kwargs))
        w.case("format_map", [fmt, encs({"a": 1})], lambda: fmt.format_map({"a": 1}))
    w.close()


# ---------------------------------------------------------------- numbers

def complex_is_error(fn):
    def call():
        try:
            r = fn()
        except OverflowError as e:
            if str(e) == "complex exponentiation":
                raise ComplexResult()
            raise
        if isinstance(r, complex):
            raise ComplexResult()
        return r
    return call


class ComplexResult(Exception):
    pass


DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def random_int_literal():
    parts = []
    parts.append(rng.choice(["", "", "", " ", "\t", "\u2003", "\x1c", "\n "]))
    parts.append(rng.choice(["", "", "", "+", "-", "+-", "- "]))
    parts.append(rng.choice(["", "", "", "0x", "0X", "0o", "0b", "0B", "0", "00", "0_", "0x_", "_"]))
    n = rng.choice([1, 1, 2, 3, 5, 10, 20, 40])
    body = ""
    for _ in range(n):
        c = rng.choice(DIGITS36[:rng.choice([2, 8, 10, 10, 10, 16, 36])])
        if rng.random() < 0.04:
            c = rng.choice(["\u0661", "\uff12", "\u0e53", "\U0001d7d8", "\u00e9", "\x00", "x", ".", " "])
        body += c
        if rng.random() < 0.12:
            body += rng.choice(["_", "_", "__"])
    parts.append(body)
    parts.append(rng.choice(["", "", "", " ", "\t\n", "\u3000", "_", "\x1f"]))
    return "".join(parts)


def random_float_literal():
    k = rng.random()
    if k < 0.15:
        return rng.choice(["inf", "-inf", "+inf", "Infinity", "-iNfInItY", "nan", "-nan", "+NaN", "infinit",
                           "in", "na", "nanx", "infinityy", "+-inf", "- inf", "1e", "1e+", "e5", ".", "+.",
                           ".e1", "1.e1", ".5", "5.", "1_0", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5",
                           "1e5_0", "0x1p3", "1d5", "١.٥", "１２.５", "1.5\x00", " 1.5 ", "\x1c1.5",
                           "\u20031.5\u2003", "1" * 400, "0." + "0" * 400 + "1", "1e400", "-1e-400",
                           "1e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
                           "1.7976931348623158e308", "1.7976931348623159e308", "9" * 30 + "e-30",
                           "1e99999999999999999999", "1e-99999999999999999999", "0e99999999999999",
                           "", " ", "+", "-", "é", "1.5é"])
    if k < 0.6:
        return repr(random_float()).replace("e+", rng.choice(["e+", "E", "e"]))
    mant = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 25)))
    if rng.random() < 0.3:
        mant = "_".join(mant[i:i + 3] for i in range(0, len(mant), 3))
    p = rng.randint(0, len(mant))
    if rng.random() < 0.7:
        mant = mant[:p] + "." + mant[p:]
    s = rng.choice(["", "-", "+"]) + mant
    if rng.random() < 0.5:
        s += rng.choice(["e", "E"]) + rng.choice(["", "+", "-"]) + str(rng.randint(0, 330))
    return s


def random_hex_literal():
    k = rng.random()
    if k < 0.5:
        return float.hex(random_float()).replace("0x", rng.choice(["0x", "0X", ""]))
    if k < 0.65:
        return rng.choice(["inf", "-Infinity", "nan", " 0x1p0 ", "0x", "0x.", "0x.8", "0x1.", "1", "-0x0p0",
                           "0x1p", "0x1p+", "0x1P-3", "0x1p1024", "0x1.fffffffffffff8p1023",
                           "0x1.fffffffffffff7p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076",
                           "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0",
                           "0xg", "0x1g", "", "  ", "é", "0x1p99999999999999999999", "0x1p-99999999999999999999",
                           "0x" + "f" * 300, "0x." + "0" * 300 + "1", "+0x1.5", "--0x1", "0x1_0"])
    digits = "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(rng.randint(0, 20)))
    p = rng.randint(0, len(digits))
    s = rng.choice(["0x", "", "-0x", "+"]) + digits[:p] + rng.choice([".", ""]) + digits[p:]
    if rng.random() < 0.7:
        s += rng.choice(["p", "P"]) + rng.choice(["", "+", "-"]) + str(rng.randint(0, 1100))
    return s


def gen_numbers():
    w = Writer("numbers")
    for _ in range(6000):
        s = random_int_literal()
        base = rng.choice([0, 0, 10, 10, 2, 8, 16, 36, rng.randint(2, 36), 1, 37, -1])
        w.case("parse_int", [s, str(base)], lambda: hex(int(s, base)))
    for s in ["1" * 4300, "1" * 4301, "-" + "1" * 4300, "1_" * 4300 + "1", "0" * 5000, "1" * 5000 + "x",
              "1" * 5000 + "\u00e9", " " + "9" * 4301 + " ", "f" * 5000, "0x" + "f" * 5000, "x" * 300,
              "\u00e9" * 150, "0b" + "1" * 5000, "1" * 4301 + "__1"]:
        for base in [0, 10, 16, 7]:
            w.case("parse_int", [s, str(base)], lambda: hex(int(s, base)))
    for _ in range(6000):
        s = random_float_literal()
        w.case("parse_float", [s], lambda: float(s))
    w.case("parse_float", ["x" * 300], lambda: float("x" * 300))
    floats = special_floats() + [random_float() for _ in range(1500)]
    for x in floats:
        for nd in [0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, 300, 323, 324, -300, -308, -309, rng.randint(-20, 20)]:
            w.case("round", [fbits(x), str(nd)], lambda: round(x, nd))
        w.case("round_int", [fbits(x)], lambda: round(x))
        w.case("float_to_int", [fbits(x)], lambda: int(x))
        w.case("hex", [fbits(x)], lambda: x.hex())
        w.case("ratio", [fbits(x)], lambda: x.as_integer_ratio())
        w.case("is_integer", [fbits(x)], lambda: x.is_integer())
        if not math.isnan(x):
            w.case("hash_float", [fbits(x)], lambda: hash(x))
    for x in [2.675, 0.125, 0.375, 2.5, 1.5, 0.5, 1.005, 5e-324, 1e-320, 1.7976931348623157e308]:
        for nd in range(-310, 330, 7):
            w.case("round", [fbits(x), str(nd)], lambda: round(x, nd))
    for _ in range(3000):
        x, y = rng.choice(floats), rng.choice(floats)
        if rng.random() < 0.3:
            y = rng.choice([0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -3.0, 3.0, math.inf, -math.inf, math.nan, 1e-300])
        w.case("float_divmod", [fbits(x), fbits(y)], lambda: divmod(x, y))
        w.case("float_floordiv", [fbits(x), fbits(y)], lambda: x // y)
        w.case("float_mod", [fbits(x), fbits(y)], lambda: x % y)
    pow_bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 10.0, 1e300, -1e300, 1e-300, math.inf, -math.inf,
                 math.nan, 1.1, 3.0, -8.0]
    pow_exps = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, 1.5, 1e300, -1e300, math.inf, -math.inf,
                math.nan, 2.0 ** 53, 2.0 ** 53 + 2, 1 / 3, 100.0, -100.0, 1025.0]
    for x in pow_bases:
        for y in pow_exps:
            w.case("float_pow", [fbits(x), fbits(y)], complex_is_error(lambda: x ** y))
    for _ in range(3000):
        x = rng.choice([rng.uniform(0, 10), rng.uniform(-10, 10), random_float()])
        y = rng.choice([float(rng.randint(-40, 40)), rng.uniform(-5, 5), random_float()])
        w.case("float_pow", [fbits(x), fbits(y)], complex_is_error(lambda: x ** y))
    ints = special_ints() + [random_int() for _ in range(300)]
    for _ in range(3000):
        a, b = rng.choice(ints), rng.choice(ints + [0, 1, -1, 3, -7])
        w.case("int_divmod", [str(a), str(b)], lambda: divmod(a, b))
        w.case("int_floordiv", [str(a), str(b)], lambda: a // b)
        w.case("int_mod", [str(a), str(b)], lambda: a % b)
        w.case("int_truediv", [str(a), str(b)], lambda: a / b)
    for a, b in [(10 ** 400, 10 ** 100), (10 ** 400, 1), (2 ** 1100, 2 ** 50), (2 ** 1100, 2 ** 77), (1, 10 ** 400),
                 (-1, 10 ** 400), (0, -5), (0, 5), (-0, -5), (2 ** 1024 - 2 ** 970, 1), (2 ** 1024 - 2 ** 971, 1),
                 (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (2 ** 53 + 1, 1), (-(2 ** 53 + 1), 1),
                 (10 ** 30 + 1, 10 ** 30), (7, 3 * 2 ** 1070)]:
        w.case("int_truediv", [str(a), str(b)], lambda: a / b)
    for a in ints:
        w.case("int_to_float", [str(a)], lambda: float(a))
        w.case("hash_int", [str(a)], lambda: hash(a))
        for nd in [0, 1, -1, -2, -3, -10, -30, -100]:
            w.case("round_intn", [str(a), str(nd)], lambda: round(a, nd))
        for b in [-1, -2, -3, -1075, -(2 ** 70)]:
            w.case("int_pow", [str(a), str(b)], complex_is_error(lambda: a ** b))
    for a in [15, 25, -25, 35, 45, 5, -5, 150, 250, 2 ** 64 + 5, 10 ** 30 + 5 * 10 ** 10]:
        for nd in range(-12, 2):
            w.case("round_intn", [str(a), str(nd)], lambda: round(a, nd))
    for _ in range(3000):
        s = random_hex_literal()
        w.case("fromhex", [s], lambda: float.fromhex(s))
    for _ in range(3000):
        t = random_tuple(2)
        w.case("hash_tuple", [encs(t)], lambda: hash(t))
    w.close()


def random_tuple(depth):
    items = []
    for _ in range(rng.choice([0, 1, 2, 3, 5])):
        k = rng.random()
        if k < 0.4:
            items.append(rng.choice(special_ints() + [random_int()]))
        elif k < 0.7:
            x = rng.choice(special_floats() + [random_float()])
            items.append(0.0 if math.isnan(x) else x)
        elif k < 0.8:
            items.append(rng.choice([True, False]))
        elif depth > 0:
            items.append(random_tuple(depth - 1))
        else:
            items.append(-1)
    return tuple(items)


def main():
    gen_repr()
    gen_format()
    gen_percent()
    gen_str_format()
    gen_numbers()


main()
