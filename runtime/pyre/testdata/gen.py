#!/usr/bin/python3
"""Generates the conformance tables of runtime/pyre from CPython 3.11's re.

Run from anywhere with Debian's CPython 3.11:

    /usr/bin/python3 runtime/pyre/testdata/gen.py

It writes, next to itself:

  cases.jsonl.gz  one JSON object per line: a pattern ("p", with "b" true
                  for bytes, which are stored decoded as Latin-1), flags
                  ("f"), an operation ("op") with its arguments, and "r",
                  CPython's result or {"err": ...} for the exception raised.
  unicode.json    CPython's character tables that sre uses (case mappings,
                  categories, identifier characters) and the code points
                  unassigned in Unicode 14.0.

The Go tests (cases_test.go, unicode_test.go) read them; nothing in them is
written by hand. Cases come from lists in the spirit of CPython's test_re
and from random patterns and subjects (fixed seed), so the output is the
same on every run.

One deliberate change to CPython 3.11.2: possessive repeats of items wider
than one character are compiled as CPython does since 3.11.5 (see
patch_possessive), because 3.11.2's implementation is broken.
"""
import gzip
import json
import os
import random
import re
import sys
import unicodedata
import warnings
import ctypes

assert sys.version_info[:2] == (3, 11), "run with /usr/bin/python3 (CPython 3.11)"
warnings.simplefilter("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
MAXINT = sys.maxsize


def text(x):
    """A str for JSON: bytes are stored decoded as Latin-1."""
    if isinstance(x, bytes):
        return x.decode("latin-1")
    return x


def error_info(e):
    info = {"type": type(e).__name__, "str": str(e)}
    if isinstance(e, re.error):
        info["msg"] = e.msg
        info["pos"] = e.pos
        if e.pos is not None:
            info["lineno"] = e.lineno
            info["colno"] = e.colno
    return {"err": info}


def spans(m):
    return [list(m.span(g)) for g in range(m.re.groups + 1)]


def match_result(m):
    if m is None:
        return None
    return {"spans": spans(m), "li": m.lastindex, "lg": m.lastgroup}


CASES = []
SEEN = set()


def add(op, pattern, subject=None, flags=0, **kw):
    key = (op, type(pattern), pattern, type(subject), subject, flags, tuple(sorted(kw.items())))
    if key in SEEN:
        return
    SEEN.add(key)
    for value in (pattern, subject, kw.get("t")):
        if isinstance(value, str):
            assert not any(0xD800 <= ord(c) <= 0xDFFF for c in value), "no surrogates"
    case = {"op": op, "p": text(pattern), "b": isinstance(pattern, bytes), "f": int(flags)}
    if subject is not None:
        case["s"] = text(subject)
    for k, v in kw.items():
        case[k] = text(v)
    case["r"] = compute(op, pattern, subject, flags, kw)
    CASES.append(case)


def compute(op, pattern, subject, flags, kw):
    try:
        rx = re.compile(pattern, flags)
    except (re.error, ValueError, OverflowError, TypeError) as e:
        return error_info(e)
    if op == "compile":
        return {"flags": int(rx.flags), "groups": rx.groups, "groupindex": list(rx.groupindex.items())}
    pos = kw.get("pos", 0)
    endpos = kw.get("endpos", MAXINT)
    if op in ("search", "match", "fullmatch"):
        return match_result(getattr(rx, op)(subject, pos, endpos))
    if op == "finditer":
        return [spans(m) for m in rx.finditer(subject, pos, endpos)]
    if op == "scanmatch":
        sc = rx.scanner(subject, pos, endpos)
        out = []
        while len(out) < 50:
            m = sc.match()
            if m is None:
                break
            out.append(spans(m))
        return out
    if op == "sub":
        try:
            out, n = rx.subn(kw["t"], subject, kw.get("count", 0))
        except (re.error, IndexError) as e:
            return error_info(e)
        return {"out": text(out), "n": n}
    if op == "split":
        parts = rx.split(subject, kw.get("maxsplit", 0))
        return [None if x is None else text(x) for x in parts]
    if op == "expand":
        m = rx.search(subject)
        if m is None:
            return None
        try:
            return {"out": text(m.expand(kw["t"]))}
        except (re.error, IndexError) as e:
            return error_info(e)
    raise ValueError(op)


I, M, S, X, A, U, L, T = re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T


def patch_possessive():
    """Compile possessive repeats of multi-character items as CPython does
    since 3.11.5 (gh-106052): an atomic group around a greedy repeat. The
    POSSESSIVE_REPEAT of 3.11.2 gives wrong results and can loop forever;
    pyre implements the fixed, documented behaviour."""
    from re import _compiler, _constants as C
    original = _compiler._compile

    def compile_(code, pattern, flags):
        for op, av in pattern:
            if op is C.POSSESSIVE_REPEAT and not _compiler._simple(av[2]):
                if flags & C.SRE_FLAG_TEMPLATE:
                    raise re.error("internal: unsupported template operator %r" % (op,))
                code.append(C.ATOMIC_GROUP)
                skip = len(code)
                code.append(0)
                compile_(code, [(C.MAX_REPEAT, av)], flags)
                code.append(C.SUCCESS)
                code[skip] = len(code) - skip
            else:
                original(code, [(op, av)], flags)

    _compiler._compile = compile_


patch_possessive()

# ---------------------------------------------------------------------------
# Curated cases in the spirit of CPython's test_re.

SEARCHES = [
    # literals, escapes
    ("abc", "xabcy"), ("abc", "xbc"), ("a.c", "abc"), ("a.c", "a\nc"), ("a\\.c", "a.c"),
    ("\\x41\\u0042\\U00000043", "ABC"), ("\\101\\0\\07", "A\x00\x07"), ("\\1010", "A0"),
    ("\\0\\08", "\x00\x008"), ("\\N{EM DASH}", "a\u2014b"), ("\\N{em dash}", "\u2014"),
    ("\\N{LATIN SMALL LETTER A WITH ACUTE}+", "\xe1\xe1"), ("[\\N{DIGIT ONE}-\\N{DIGIT THREE}]+", "0123"),
    ("\\N{LATIN CAPITAL LETTER GHA}", "\u01a2"), ("\\N{HANGUL SYLLABLE GAG}", "\uac01"),
    ("\\N{CJK UNIFIED IDEOGRAPH-4E00}", "\u4e00"), ("\\N{NULL}", "\x00"), ("\\N{SPACE}", " "),
    ("\\a\\f\\n\\r\\t\\v", "\a\f\n\r\t\v"), ("[\\b]", "\b"), ("\\\\", "\\"), ("\\.\\*\\+\\?", ".*+?"),
    ("\\-\\#\\&\\~\\ ", "-#&~ "), ("\\é", "é"), ("[\\é\\-]+", "é-"),
    # classes
    ("[abc]+", "xcbad"), ("[^abc]+", "abxyzc"), ("[a-c]+", "dabce"), ("[]a]+", "]a]"), ("[^]a]+", "]xa"),
    ("[a-]+", "a-a"), ("[-a]+", "-a"), ("[a\\-z]+", "a-z"), ("[\\d\\s]+", "1 2\t3"), ("[\\w-]+", "a-b_c d"),
    ("[\\W]+", "a+-b"), ("[\\D]+", "1ab2"), ("[\\S]+", " ab "), ("[.]", "a."), ("[$^]+", "^$"),
    ("[a-a]", "a"), ("[\\x00-\\x7f]+", "abc\xe9"), ("[\\u0100-\\uffff]+", "a\u0101\u4e00b"),
    ("[\\U00010000-\\U0010ffff]+", "a\U0001f600\U00010000b"), ("[^\\x00-\\x7f]+", "abc\xe9\u4e00d"),
    ("\\d+", "ab123\u0661\u0662c"), ("\\w+", "\xe9t\xe9 caf\xe9"), ("\\s+", "a\u2003\u00a0\x1c b"),
    ("\\W+", "a \u2014 b"), ("\\D+", "12ab34"), ("\\S+", "  ab  "), ("[\\s\\S]+", "a\nb"),
    ("[^\\s\\S]", "ab"), ("[\\w\\W]", "\n"), ("[^\\d]+", "12ab"), ("\\d", "\uff11"),
    # anchors
    ("^abc", "abc"), ("^abc", "xabc"), ("abc$", "abc\n"), ("abc$", "abc\nx"), ("abc\\Z", "abc\n"),
    ("\\Aabc", "abc"), ("^$", ""), ("^$", "\n"), ("$", "a\n"), ("a$\\n", "a\n"), ("\\bab\\b", "x ab y"),
    ("\\bab\\b", "xab"), ("\\Bb\\B", "abc"), ("\\b", ""), ("\\B", ""), ("\\b", "a"), ("\\B", "a"),
    ("\\b\\w+\\b", "\xe9t\xe9"), ("x\\b", "x\u2014"), ("\\bfoo", "\u00e9foo"),
    # groups
    ("(a)(b)(c)", "abc"), ("(a)|(b)", "b"), ("(a)|b", "b"), ("((a)|b)+", "ab"), ("((a)|b)+", "ba"),
    ("(a|b)*c", "abac"), ("(a+|b)*", "ab"), ("(a+|b){0,}", "ab"), ("(a+|b)+", "ab"), ("(a+|b){1,}", "ab"),
    ("(a+|b)?", "ab"), ("(a+|b){0,1}", "ab"), ("([abc])*d", "abbbcd"), ("([abc])*bcd", "abcd"),
    ("(a|b|c|d|e)f", "ef"), ("((a)(b)c)(d)", "abcd"), ("(((((((((a)))))))))", "a"),
    ("(?:(a)|b)*", "ab"), ("(?:(a)|(b))*", "ab"), ("(?:(a)|(b))*", "ba"), ("(?:(a)|b)+", "ab"),
    ("(?P<first>\\w+) (?P<last>\\w+)", "Jane Doe"), ("(?P<x>a)(?P=x)", "aa"), ("(?P<x>a)(?P=x)", "ab"),
    ("(a)?(b)?c", "c"), ("(a)?(b)?c", "bc"), ("(a*)*", "b"), ("(a*)+", "b"), ("(a*|b)*", "b"),
    ("(a|)*", "aa"), ("(|a)*", "aa"), ("(a*)*?b", "aab"), ("(a*?)*b", "aab"), ("(?:a*)*", "aaa"),
    ("(?:a?)*?b", "aab"), ("(a?)*?b", "aab"), ("((a)*)*", "aa"), ("(a)*(a)", "aaa"), ("(.)\\1", "abba"),
    ("(a)(?:x(b)|y(c))*", "axbyc"), ("(a)(?:x(b)|y(c))*", "axbycxb"), ("(?:(x)|(y))+z", "xyz"),
    ("(ab|a)(bc|c)", "abc"), ("(ab|a)(bc|c)$", "abc"), ("(a)(?:(b)|c)d", "acd"), ("(a)(?:(b)|c)*d", "abcd"),
    # lazy and greedy
    ("a.*b", "axbxb"), ("a.*?b", "axbxb"), ("a.+?c", "abcabc"), ("a??", "a"), ("a*?", "aaa"),
    ("a+?", "aaa"), ("a{2,3}", "aaaa"), ("a{2,3}?", "aaaa"), ("a{2}", "aaa"), ("a{2,}", "aaaaa"),
    ("a{,2}", "aaa"), ("a{,2}?", "aaa"), ("a{,}", "aaa"), ("a{}", "a{}"), ("a{", "a{"), ("a{1", "a{1"),
    ("a{1,", "a{1,"), ("a{x}", "a{x}"), ("a{1,2", "a{1,2"), ("a{ 1}", "a{ 1}"), ("x{2,3}?y", "xxxy"),
    ("<.*>", "<a><b>"), ("<.*?>", "<a><b>"), ("(a+)(a*)", "aaa"), ("(a+?)(a*)", "aaa"), ("(a*?)(a+)", "aaa"),
    ("(?:ab)*?c", "ababc"), ("(?:ab){2}", "ababab"), ("(?:a|ab)(?:c|bcd)(d*)", "abcd"),
    # possessive and atomic
    ("a*+a", "aaa"), ("a++", "aaa"), ("a?+a", "a"), ("a{1,2}+a", "aaa"), ("(?>a+)a", "aaa"),
    ("(?>a|ab)c", "abc"), ("(?:a|ab)c", "abc"), ("(?>(a)|b)*", "ab"), ("(a|b)*+c", "abc"), ("(ab)*+", "ababa"),
    ("(?:ab)++b", "ababb"), ("(a)++", "aaa"), ("(?:(a)|b)++", "aba"), ("(?>a*)*", "aaa"), ("(?:a*+)*", "aaa"),
    ("(?>.*)x", "abx"), ("x(?>y|yz)z", "xyzz"), ("(?:x|xy)++z", "xyz"), ("(?:a|b)*+b", "aab"),
    ("((?>a+)b)", "aab"), ("(?>(a+))b", "aab"), ("\\d*+\\.", "123."), ("[ab]{2}+", "abab"),
    # lookarounds
    ("a(?=b)", "ab"), ("a(?=b)", "ac"), ("a(?!b)", "ab"), ("a(?!b)", "ac"), ("(?<=a)b", "ab"),
    ("(?<=a)b", "cb"), ("(?<!a)b", "ab"), ("(?<!a)b", "cb"), ("(?<=ab|cd)x", "cdx"), ("(?<=a|b)c", "bc"),
    ("(?=(a))a", "a"), ("(?=(a+))a*b\\1", "baaabac"), ("(?!(a))b", "b"), ("(?<=(a))b", "ab"),
    ("(?<!(a))b", "cb"), ("(a)(?<=\\1)", "a"), ("(?<=\\d{3})x", "123x"), ("(?<=^a)b", "ab"),
    ("(?<=\\bb)c", "a bc"), ("^(?!.*x)", "abc"), ("^(?=.*x)", "abx"), ("(?=a)*a", "a"), ("(?!a)+b", "b"),
    ("\\w+(?=,)", "ab,cd"), ("(?<![a-z])\\d+", "a1 22"), ("(?<=(?<=a)b)c", "abc"), ("(?<=a(?=b))b", "ab"),
    # conditionals
    ("(a)?(?(1)b|c)", "ab"), ("(a)?(?(1)b|c)", "c"), ("(a)?(?(1)b|c)", "b"), ("(?P<q>')?x(?(q)')", "'x'"),
    ("(?P<q>')?x(?(q)')", "x"), ("(?P<q>')?x(?(q)')", "'x"), ("(a)?(?(1)b)c", "abc"), ("(a)?(?(1)b)c", "c"),
    ("(?:(a)|b)(?(1)c|d)", "bd"), ("^(<)?\\w+(?(1)>)$", "<ab>"), ("^(<)?\\w+(?(1)>)$", "<ab"),
    ("(a)(?(1)|b)", "a"), ("(?(1)a|b)(x)", "bx"),
    # backreferences
    ("(a)\\1", "aa"), ("(a)\\1", "ab"), ("(a*)\\1", "aaaa"), ("(a)|\\1", "x"), ("(?:(a)|b)\\1", "ba"),
    ("(\\w+)\\s+\\1", "hello hello"), ("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11", "abcdefghijkk"),
    ("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", "abcdefghijj"), ("(a)\\10", "a\x08"), ("(a)\\18", "aa8"),
    ("((a)\\2)*", "aaaa"), ("(a)|b\\1", "b"),
    # alternation order and empty alternatives
    ("a|ab", "ab"), ("ab|a", "ab"), ("|a", "a"), ("a|", "a"), ("a||b", "b"), ("(?:|a)+", "aa"),
    ("x(?:a|)y", "xy"), ("(a|ab)(c|bcd)(d*)", "abcd"), ("abc|abd", "abd"), ("a(?:b|c)|ad", "ad"),
    # flags
    ("(?i)abc", "ABC"), ("(?i)[a-z]+", "AbZ"), ("(?i)[^a]", "A"), ("(?m)^b", "a\nb"), ("(?m)a$", "a\nb"),
    ("(?s)a.b", "a\nb"), ("(?x)a b # c\n c", "abc"), ("(?x)a\\ b", "a b"), ("(?x)[ ]", " "),
    ("(?x)a#b", "a"), ("(?a)\\w+", "\xe9ab"), ("(?a)\\d", "\u0661"), ("(?a)\\s", "\xa0"), ("(?a)\\b", "\xe9"),
    ("(?u)\\w+", "\xe9"), ("(?i:a)b", "Ab"), ("(?i:a)b", "AB"), ("(?-i:a)b", "aB"), ("(?i)(?-i:a)b", "aB"),
    ("(?s:.)(.)", "\n\n"), ("(?m:^a)|^b", "x\na"), ("(?x: a b )c", "abc"), ("(?x)(?-x: a)", " a"),
    ("(?ims)^a.B$", "x\nA\nb\n"), ("(?a:\\w)\\w", "\xe9\xe9"), ("(?a)(?u:\\w)", "\xe9"),
    ("(?i)\\bA\\b", "a"), ("(?i)(a)\\1", "aA"), ("(?i)\\x41", "a"), ("(?#comment)a", "a"),
    ("a(?#x)b", "ab"), ("(?x)a(?#x) b", "ab"),
    # empty patterns and subjects
    ("", ""), ("", "abc"), ("x*", ""), ("^", ""), ("$", ""), ("\\A\\Z", ""), ("()", "a"), ("(?:)", "a"),
    # after CPython's test_re
    ("x*", "axx"), ("x+", "axx"), ("x", "aaa"), ("(?i)b+", "bbbb BBBB"), ("(\\S)\\s+(\\S)", "hello  there"),
    (":+", ":a:b::c"), ("(:+)", ":a:b::c"), ("(?::+)", ":a:b::c"), ("(:)+", ":a:b::c"), ("([b:]+)", ":a:b::c"),
    ("(b)|(:+)", ":a:b::c"), ("(?:b)|(?::+)", ":a:b::c"), ("\\b|:+", "a::bc"), ("(?=:)", ":a:b::c"),
    ("(?<=:)", ":a:b::c"), ("(a|(b))", "aba"), ("^(\\()?([^()]+)(?(1)\\))$", "(a)"), ("^(\\()?([^()]+)(?(1)\\))$", "a)"),
    ("^(?:(a)|c)((?(1)b|d))$", "ab"), ("^(?:(a)|c)((?(1)b|d))$", "cd"), ("^(?:(a)|c)((?(1)|d))$", "a"),
    ("^(\\|)?([^()]+)\\1$", "|a|"), ("^(\\w){1}$", "abc"), ("^(\\w){1}?$", "abc"), ("^(\\w){1,2}$", "abc"),
    ("^(\\w){3}$", "abc"), ("^(\\w){1,3}$", "abc"), ("^(\\w){1,4}$", "abc"), ("^(\\w){3,4}?$", "abc"),
    ("^x{1}$", "xxx"), ("^x{3}$", "xxx"), ("^x{1,3}?$", "xxx"), ("x{1,2,3}", "x{1,2,3}"),
    ("\\b(b.)\\b", "abcd abc bcd bx"), ("\\B(b.)\\B", "abc bcd bc abxd"), ("(?a)\\b(b.)\\b", "abcd abc bcd bx"),
    ("\\d\\D\\w\\W\\s\\S", "1aa! a"), ("([\u2222\u2223])", "\u2222"), ("(a(?=\\s[^a]))", "a b"),
    ("(a(?=\\s[^a]*))", "a b"), ("(a(?=\\s[abc]))", "a b"), ("(a(?=\\s[abc]*))", "a bc"), ("(a)(?=\\s\\1)", "a a"),
    ("(a)(?=\\s\\1c)", "a ac"), ("(?=(a))a\\1", "aa"), ("(?<!c)b", "ab"), ("(?<!b)b", "bb"), ("(a)a(?<=\\1)c", "aac"),
    ("(?i)(a\\s[^a])", "a B"), ("(?i)((a)\\s\\2)", "a A"), ("(?i)((a)\\s\\2*)", "a AAa"), ("(?i)((a)\\s(abc|a))", "a ABC"),
    ("(?i)((a)\\s(abc|a)*)", "a abcA"), ("(?i)[9-a]", "_"), ("(?i)[9-A]", "_"), ("(?i)[\\xc0-\\xde]", "\xe9"),
    ("(?i)[\\xe0-\\xfe]", "\xc9"), ("(?i)[\\u0430-\\u045f]", "\u0416"), ("(?i)[\\u0400-\\u042f]", "\u0436"),
    ("(?i)[\\U00010428-\\U0001044f]", "\U00010400"), ("(?i)[\\U00010400-\\U00010427]", "\U00010428"),
    ("(?i)[N-\\x7f]", "\u212a"), ("(?i)[\\x00-\\x7f]", "\u017f"), ("(?i)[k-l]", "\u212a"), ("(?i)[s-t]", "\u017f"),
    ("(\\s)", " "), ("\\s([^a])", " b"), ("\\s([^a]*)", " bb"), ("\\s(b)", " b"), ("a\\s", "a "),
    ("(a)(?:(?=(b)*)c)*", "abb"), ("^((a)|b)*", "abc"), ("^(([ab])|c)*", "abc"), ("^((d)|[ab])*", "abc"),
    ("^((a)c|[ab])*", "abc"), ("^((a)|b)*?c", "abc"), ("^(([ab])|c)*?d", "abcd"), ("^((d)|[ab])*?c", "abc"),
    ("^((a)c|[ab])*?c", "abc"), (".*", "asdf"), ("(a)|(b)", "b"), ("(?:a?)*y", "z"), ("(?:a?)+y", "z"),
    ("(?:a?){2,}y", "z"), ("(?:a?)*?y", "z"), ("(?:a?)+?y", "z"), ("(?:a?){2,}?y", "z"), ("(?=(a|b))", "ab"),
    ("(?i)[a-c]+", "ABC"), ("e*+e", "eeee"), ("e++a", "eeea"), ("e?+a", "ea"), ("e{2,4}+a", "eeea"),
    ("(.)++.", "ee"), ("(ae)*+a", "aea"), ("([ae][ae])?+a", "aea"), ("(e?){2,4}+a", "eeea"), ("()*+a", "a"),
    ("(?:ab)++", "abab"), ("(?:ab){1,3}+", "ababab"), ("(?>a*)", "aaa"), ("(?>a*)a", "aaa"), ("(?>x)++", "xxx"),
    ("(?>x++)", "xxx"), ("(?s:(?>.*?\\.).*)\\Z", "a.txt"), ("(?s:(?=(?P<g0>.*?\\.))(?P=g0).*)\\Z", "a.txt"),
    ("(?>(?:.(?!D))+)", "ABCDE"), ("(?:.(?!D))++", "ABCDE"), ("(?>(?:.(?!D))*)", "ABCDE"), ("(?:.(?!D))*+", "ABCDE"),
    ("(?>(?:.(?!D))?)", "CDE"), ("(?:.(?!D))?+", "CDE"), ("(?>(?:.(?!D)){1,3})", "ABCDE"), ("(?:.(?!D)){1,3}+", "ABCDE"),
    ("(?>(?:ab?c)+)", "aca"), ("(?:ab?c)++", "aca"), ("(?:ab?c)*+", "a"), ("(((?!C).)++)", "ABC"),
    ("(?:(a)|b)*+c", "abc"), ("(?:(a)|(b))++", "ab"), ("(?:x(a)|y(b))*+z", "xayb"), ("(a|ab)*+c", "abac"),
    ("(?:(a)|b)*?c", "abc"), ("(?:(a)|(b))*?c", "abc"), ("(?:(a)(b)?)*?c", "aabc"), ("(?:(a)|(b)){2}c", "abc"),
    ("((?:(a)|b)*?)c", "abac"), ("(?:(a)|b)*?(?:(a)|c)", "bac"), ("((a)|(b))*?c", "abc"), ("(?:(?:(a)|b)*?)*c", "abc"),
    ("(?:a|(b))+?c", "abc"), ("(a)?(?:(?(1)b|c))+", "abbb"), ("(?:(?=(a)))?a", "a"),
]

ERRORS = [
    "a**", "a*+*", "a++*", "a??+", "a{1}{2}", "*", "+a", "?", "{1}", "a|*", "(*)", "^*", "$*", "\\b*", "\\A+",
    "(?:)*", "a{2,1}", "a{4294967295}", "a{1,4294967295}", "a{99999999999999999999}", "(", "(a", "((a)",
    "a)", ")", "a))", "[", "[a", "[]", "[^]", "[a-", "[a-]]", "[b-a]", "[\\d-z]", "[a-\\d]", "[\\w-\\d]",
    "\\", "a\\", "[\\", "\\q", "\\e", "[\\q]", "[\\A]", "\\x", "\\x4", "\\xg", "\\u12", "\\U1234567",
    "\\U00110000", "\\N", "\\N{", "\\N{}", "\\N{EM DASH", "\\N{NOT A NAME}", "\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}",
    "\\N{cjk unified ideograph-4e00}", "\\N{HANGUL SYLLABLE GAGX}", "\\777", "[\\777]", "[\\8]", "\\8",
    "\\1", "(a)\\2", "(a\\1)", "(?P<a>x\\1)", "\\10", "(?P<1>a)", "(?P<a b>x)", "(?P<>x)", "(?P<a",
    "(?P<a>x)(?P<a>y)", "(?P=a)", "(?P<a>x(?P=a))", "(?P=", "(?P=a", "(?P=1)", "(?P", "(?Px)", "(?",
    "(?<", "(?<a>x)", "(?<x", "(?<=a+)b", "(?<!a*)b", "(?<=a|bc)d", "(?<=(a)\\1)", "(?<=(?P<x>a)(?P=x))",
    "(a|bc)(?<=\\1)", "(?(", "(?()", "(?(a)", "(?(1)a", "(?(1)a|b|c)", "(?(0)a)", "(?(-1)a)", "(?(x)a)",
    "(?(1a)x)", "(?(2)a)(b)", "(?(2)a)", "(?(1073741824)a)", "(?(99999999999999999999)a)", "(?(a b)x)",
    "(?<=(?(1)a|b))", "(?<=a(?(1)b))(c)", "(?#", "(?#abc", "(?z)", "(?iz)", "(?i", "(?i-", "(?i-:a)",
    "(?-", "(?-:a)", "(?-a:x)", "(?-u:x)", "(?i-i:x)", "(?L)", "(?L:a)", "(?au)", "(?a)(?u)", "(?t:a)",
    "(?-t:a)", "(?u", "(?ix", "(?i+)", "(?i-m+)", "(?i-m", "a(?i)", "(a)(?i)", "a|(?i)b", "(?i)|(?m)",
    "((?i))", "(?x) (?i)", "(?x)a (?i)", "\\g", "(?P<a>)(?P<b>)(?P=c)", "(?>", "(?>a", "(?<=a", "(?=a",
    "(?!a", "(?:a", "(a|b", "[a-b-c]", "[\\w-]", "[--a]", "[a--]", "x{1,2}{3}", "(?x)a* *", "(?x)a*#c\n*",
    "\\N{EM DASH}*?+", "(?u)\\x", "(?P<\xe9>a)(?P=\xe9)", "(?P<a\\>b>x)",
    "[\\N{DIGIT THREE}-\\N{DIGIT ONE}]", "(?(2)a|b)(c)", "ab\ncd\n(", "a\n\\q", "(?x)\na\n)",
]

BYTES_SEARCHES = [
    (b"abc", b"xabc"), (b"\\w+", b"ab\xe9c"), (b"\\d+", b"12\xb2"), (b"\\s+", b"a \x1c\x85\xa0b"),
    (b"(?i)\xe9", b"\xc9"), (b"(?i)abc", b"ABC"), (b"[\\x80-\\xff]+", b"ab\x80\xffc"), (b"\\xe9", b"\xe9"),
    (b"(?a)\\w", b"a"), (b"\\b\\w+\\b", b"\xe9ab\xe9"), (b"(?i)[a-z]+", b"ABC"), (b"(?x) a b", b"ab"),
    (b"\\xff*", b"\xff\xff"), (b"[^a]", b"\xff"), (b".", b"\n\xff"), (b"(a)(?P<n>b)", b"ab"),
    (b"\\101", b"A"), (b"(?i)[\\xc0-\\xdf]", b"\xe0"), (b"(?P<x\xe9>a)", b"a"),
]

BYTES_ERRORS = [b"\\u1234", b"\\U00001234", b"\\N{EM DASH}", b"(?u)a", b"\\q", b"(?P<a b>x)",
                b"[\\xe9-\\xe0]", b"\\\xe9\\", b"(?P<\xe9 >x)", b"(?L)a", b"(?L:a)"]

UNICODE_CASE = "aAbBiIsSkK\u0130\u0131\u017f\u212a\u00df\u1e9e\u03a3\u03c3\u03c2\u00b5\u039c\u03bc\u00c5\u00e5\u212b" \
    "\u01c4\u01c5\u01c6\ufb00\u0390\u1fd3\u1f80\u1f88\u0345\u03b9\u1fbe\u0399\u1c80\u0432\u0412\u0149" \
    "\u03b8\u03d1\u03f4\U00010400\U00010428\u00ff\u0178\u1e9b\u1e61\u1e60\ufb05\ufb06"


def curated():
    for p, s in SEARCHES:
        for op in ("search", "match", "fullmatch", "finditer"):
            add(op, p, s)
        add("sub", p, s, t="<\\g<0>>")
        add("split", p, s)
    for p in ERRORS:
        add("compile", p)
    for p, s in BYTES_SEARCHES:
        for op in ("search", "match", "finditer"):
            add(op, p, s)
        add("sub", p, s, t=b"[\\g<0>]")
        add("split", p, s)
    for p in BYTES_ERRORS:
        add("compile", p)
    # compile results: flags, groups, groupindex
    for p, f in [("a", 0), ("a", A), ("a", I | M), ("(?i)a", 0), ("(?x)a", S), ("(?a)a", 0), ("(?u)a", A),
                 ("a", U | A), ("a", L), ("(?P<b>x)(?P<a>y)(z)", 0), ("(?s)(?m)(?i)", 0), ("a*", T),
                 ("a*?", T), ("a*+", T), ("(?x)a", X), ("a", X | I | S | M | A), ("a", re.DEBUG & 0)]:
        add("compile", p, flags=f)
    for p, f in [(b"a", 0), (b"a", U), (b"a", A), (b"(?a)a", 0), (b"a", L | A), (b"a", L)]:
        add("compile", p, flags=f)
    # case folding
    for c in UNICODE_CASE:
        for d in UNICODE_CASE:
            add("search", "(?i)" + re.escape(c), d)
            add("search", "(?i)[" + c + "x]", d)
        add("search", "(?i)[%s-%s]" % (c, c), UNICODE_CASE)
        add("finditer", "(?i)" + re.escape(c) + "+", UNICODE_CASE)
        add("finditer", "(?i)[^" + c + "]", UNICODE_CASE)
        add("finditer", "(?i)(" + re.escape(c) + ")\\1", c + c.upper() + c.lower() + c)
        add("finditer", "(?ia)" + re.escape(c), UNICODE_CASE)
    for rng in ["a-z", "A-Z", "\\x00-\\xff", "\\u0100-\\u017f", "\\u0370-\\u03ff", "\\u1f00-\\u1fff",
                "\\U00010400-\\U0001044f", "\\uff00-\\U00010430", "k-s", "\\u2100-\\u2200", "\\u0000-\\uffff",
                "\\u0130-\\u0131", "\\u00b5", "\\u0345\\u03b9", "\\U00010400a"]:
        add("finditer", "(?i)[%s]" % rng, UNICODE_CASE)
        add("finditer", "(?i)[^%s]" % rng, UNICODE_CASE)
        add("finditer", "(?ia)[%s]" % rng, UNICODE_CASE)
    # pos and endpos
    subject = "ab\ncd\nab"
    for p in ["^ab", "(?m)^ab", "ab$", "(?m)ab$", "\\Aab", "ab\\Z", "\\bc", "\\Bd", "(?<=b)\\n", "(?<=\\n)a",
              "", "x*", "$", "^", "\\b", ".", "a|d", "(?m)$", "cd\\n"]:
        for pos, endpos in [(0, MAXINT), (1, MAXINT), (3, MAXINT), (6, MAXINT), (0, 2), (0, 5), (3, 5),
                            (3, 6), (4, 2), (5, 5), (-5, 3), (0, -1), (100, 200), (8, 8), (2, 3)]:
            for op in ("search", "match", "fullmatch", "finditer", "scanmatch"):
                add(op, p, subject, pos=pos, endpos=endpos)
    # sub and split
    SUBS = [("a", "xaxa", "-"), ("x*", "abxd", "-"), ("(a)(b)?", "ac ab", "[\\1|\\2]"),
            ("(?P<n>a)", "aa", "\\g<n>\\g<1>\\g<0>"), ("a", "a", "\\n\\t\\\\\\0\\01\\012\\08\\1a"),
            ("(a)", "a", "\\1\\g<1>0\\10"), ("a", "a", "\\&\\-\\ "), ("a", "a", "\\g"), ("a", "a", "\\g<"),
            ("a", "a", "\\g<a"), ("a", "a", "\\g<>"), ("a", "a", "\\g<x>"), ("a", "a", "\\g<1>"),
            ("a", "a", "\\g<-1>"), ("a", "a", "\\g<+0>"), ("a", "a", "\\g< 0 >"), ("a", "a", "\\g<0_0>"),
            ("a", "a", "\\g<1a>"), ("a", "a", "\\g<99999999999>"), ("a", "a", "\\1"), ("a", "a", "\\q"),
            ("a", "a", "\\777"), ("a", "a", "x\\"), ("a", "a", "\\400"), ("a", "a", "\\377\\378"),
            ("(a)|b", "ab", "<\\1>"), ("", "abc", "-"), ("$", "a\n", "-"), ("\\b", "ab cd", "|"),
            ("a|(b)", "ab", "\\g<1>"), ("(?:)", "", "x"), ("a*", "baaac", "-"), ("a*?", "baac", "-"),
            ("^", "a\nb", "-"), ("(?m)^", "a\nb\n", "-"), ("(?m)$", "a\nb\n", "-"), ("x", "a\u00e9x\u4e00x", "\u00e9"),
            ("a", "a", "\\N{EM DASH}"), ("a", "a", "\n\\\n")]
    for p, s, t in SUBS:
        for count in (0, 1, 2, -1):
            add("sub", p, s, t=t, count=count)
        add("expand", p, s, t=t)
    for p, s in [("x*", "axbc"), (",", "a,b,,c"), ("(,)", "a,b"), ("(,)|(;)", "a,b;c"), ("", "abc"),
                 ("\\b", "ab cd"), ("a*", "baaac"), ("(?=b)", "abab"), ("$", "a\nb"), ("(?m)^", "a\nb"),
                 ("\\s*", " a  b "), ("(a)(x)?", "1a2")]:
        for maxsplit in (0, 1, 2, -1):
            add("split", p, s, maxsplit=maxsplit)
    # long subjects: deep backtracking stacks
    for p, sub in [(".*?c", "ab" * 10000 + "cd"), (".*?cd", "ab" * 5000 + "c" + "ab" * 5000 + "cde"),
                   (".*?cd", "abc" * 20000 + "de"), ("(a|b)*?c", "ab" * 10000 + "cd"), ("(x)*", "x" * 50000),
                   ("(x)*y", "x" * 50000 + "y"), ("(x)*?y", "x" * 50000 + "y"), ("(?:a|b)*c", "ab" * 20000),
                   ("(?s).*?x", "y" * 30000 + "x"), ("(a*)*b", "a" * 16)]:
        add("search", p, sub)
        add("match", p, sub)
    add("sub", b"a", b"xax", t=b"\\g<0>\\n\xe9")
    add("sub", b"(a)", b"xax", t=b"\\1\\x")
    add("sub", b"(a)", b"xax", t=b"\\\xe9")


# ---------------------------------------------------------------------------
# Random patterns over a small alphabet.

ALPHA = "ab"


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.groups = 0
        self.names = []

    def atom(self, depth):
        r = self.r
        k = r.random()
        if depth <= 0 or k < 0.45:
            return r.choice(["a", "b", "a", "b", "c", ".", "[ab]", "[^a]", "[a-c]", "\\w", "\\W", "\\s",
                             "\\d", "[\\w\\n]", "\\n", "[^\\s]", "x"])
        if k < 0.52:
            return r.choice(["^", "$", "\\b", "\\B", "\\A", "\\Z"])
        if k < 0.60 and self.groups:
            g = r.randint(1, self.groups + 1)
            return r.choice(["\\%d" % g, "(?P=g%d)" % g if r.random() < 0.3 else "\\%d" % g])
        if k < 0.64:
            g = r.randint(1, self.groups + 1)
            return "(?(%d)%s|%s)" % (g, self.seq(depth - 1), self.seq(depth - 1))
        if k < 0.70:
            kind = r.choice(["(?=", "(?!", "(?<=", "(?<!"])
            if kind.startswith("(?<"):
                return kind + r.choice(["a", "b", "ab", "a|b", "[ab]", "\\w", "ab|ba", "(a)", "\\b"]) + ")"
            return kind + self.alt(depth - 1) + ")"
        if k < 0.74:
            return "(?>" + self.alt(depth - 1) + ")"
        if k < 0.80:
            return "(?:" + self.alt(depth - 1) + ")"
        self.groups += 1
        g = self.groups
        if r.random() < 0.2:
            return "(?P<g%d>" % g + self.alt(depth - 1) + ")"
        return "(" + self.alt(depth - 1) + ")"

    def piece(self, depth):
        a = self.atom(depth)
        r = self.r
        if r.random() < 0.4:
            q = r.choice(["*", "+", "?", "{2}", "{1,2}", "{0,2}", "{2,}", "{,1}"])
            q += r.choice(["", "", "?", "+"])
            return a + q
        return a

    def seq(self, depth):
        return "".join(self.piece(depth) for _ in range(self.r.randint(0, 3)))

    def alt(self, depth):
        n = 1 if self.r.random() < 0.6 else self.r.randint(2, 3)
        return "|".join(self.seq(depth) for _ in range(n))


def subjects(rnd, n):
    out = []
    for _ in range(n):
        length = rnd.randint(0, 7)
        out.append("".join(rnd.choice("aab b\nc") for _ in range(length)))
    return out


def random_cases(rnd, count):
    flags_choices = [0, 0, 0, I, M, S, A, I | M, X]
    made = 0
    while made < count:
        g = Gen(rnd)
        p = g.alt(3)
        f = rnd.choice(flags_choices)
        try:
            re.compile(p, f)
        except re.error:
            if rnd.random() < 0.9:
                continue
        for s in subjects(rnd, 2):
            op = rnd.choice(["search", "match", "fullmatch", "finditer", "finditer", "sub", "split"])
            if op == "sub":
                add("sub", p, s, flags=f, t=rnd.choice(["-", "<\\g<0>>", "\\1", "[\\g<1>]", ""]))
            elif op == "split":
                add("split", p, s, flags=f)
            elif rnd.random() < 0.2:
                add(op, p, s, flags=f, pos=rnd.randint(0, 3), endpos=rnd.randint(0, 8))
            else:
                add(op, p, s, flags=f)
        made += 1


TEMPLATES = ["-", "<\\g<0>>", "\\1", "[\\g<1>]", "", "\\2\\1", "\\g<g1>", "\\g<g2>x", "\\n\\\\", "\\0",
             "\\11", "\\g<3>", "a\\tb"]


def random_unicode_cases(rnd, count):
    """Case-insensitive patterns and subjects over characters with special
    case mappings."""
    chars = list(UNICODE_CASE)
    for _ in range(count):
        atoms = []
        for _ in range(rnd.randint(1, 4)):
            c, d = rnd.choice(chars), rnd.choice(chars)
            lo, hi = min(c, d), max(c, d)
            atom = rnd.choice([re.escape(c), "[%s]" % c, "[^%s]" % c, "[%s-%s]" % (lo, hi), "[%s%s]" % (c, d),
                               "\\w", "\\W", ".", "(%s)" % re.escape(c), "(?:%s|%s)" % (re.escape(c), re.escape(d))])
            if rnd.random() < 0.3:
                atom += rnd.choice(["*", "+", "?", "{1,2}", "*?"])
            atoms.append(atom)
        p = "".join(atoms)
        if "(" in p and rnd.random() < 0.3:
            p += "\\1"
        f = rnd.choice([I, I, I | A, 0])
        subject = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 6)))
        add(rnd.choice(["search", "finditer", "fullmatch"]), p, subject, flags=f)


def random_verbose_cases(rnd, count):
    """Patterns written with VERBOSE whitespace and comments."""
    made = 0
    while made < count:
        g = Gen(rnd)
        p = g.alt(2)
        try:
            re.compile(p)
        except re.error:
            continue
        if " " in p or "#" in p:
            continue
        out = []
        for c in p:
            out.append(c)
            if rnd.random() < 0.2:
                out.append(rnd.choice([" ", "\n", "\t", " # note\n"]))
        v = "".join(out)
        for s in subjects(rnd, 2):
            add("finditer", v, s, flags=X)
            add("finditer", p, s)
        made += 1


def random_templates(rnd, count):
    made = 0
    while made < count:
        g = Gen(rnd)
        p = g.alt(2)
        try:
            re.compile(p)
        except re.error:
            continue
        t = "".join(rnd.choice(TEMPLATES) for _ in range(rnd.randint(1, 3)))
        s = subjects(rnd, 1)[0]
        add("sub", p, s, t=t, count=rnd.choice([0, 0, 1, 2]))
        add("expand", p, s, t=t)
        made += 1


def random_errors(rnd, count):
    tokens = ["(", ")", "(?", "(?P<", ">", "(?P=", "[", "]", "-", "^", "*", "+", "?", "{", "}", ",", "1", "2",
              "a", "b", "\\", "|", "(?<", "=", "!", "(?(", ":", "i", "x", "#", "\\1", "\\d", "\\x", "0", "$"]
    for _ in range(count):
        p = "".join(rnd.choice(tokens) for _ in range(rnd.randint(1, 6)))
        add("compile", p)


# ---------------------------------------------------------------------------
# Unicode tables.

def ranges(pred):
    out = []
    for c in range(sys.maxunicode + 1):
        if pred(c):
            if out and out[-1][1] == c - 1:
                out[-1][1] = c
            else:
                out.append([c, c])
    return out


def unicode_tables():
    import _sre
    from re._casefix import _EXTRA_CASES
    api = ctypes.pythonapi
    upper = api._PyUnicode_ToUppercase
    upper.restype, upper.argtypes = ctypes.c_uint32, [ctypes.c_uint32]
    lower = _sre.unicode_tolower
    return {
        "lower": [[c, lower(c)] for c in range(sys.maxunicode + 1) if lower(c) != c],
        "upper": [[c, upper(c)] for c in range(sys.maxunicode + 1) if upper(c) != c],
        "iscased": ranges(_sre.unicode_iscased),
        "digit": ranges(lambda c: chr(c).isdecimal()),
        "space": ranges(lambda c: chr(c).isspace()),
        "word": ranges(lambda c: chr(c).isalnum() or c == 0x5F),
        "alpha": ranges(lambda c: chr(c).isalpha()),
        "printable": ranges(lambda c: chr(c).isprintable()),
        "xidstart": ranges(lambda c: chr(c).isidentifier()),
        "xidcontinue": ranges(lambda c: ("a" + chr(c)).isidentifier()),
        "unassigned": ranges(lambda c: unicodedata.category(chr(c)) == "Cn"),
        "extracases": sorted([k, list(v)] for k, v in _EXTRA_CASES.items()),
        "escape": re.escape("".join(map(chr, range(256))) + "\u00e9\u4e00\U0001f600"),
        "escapebytes": text(re.escape(bytes(range(256)))),
    }


def main():
    curated()
    rnd = random.Random(311)
    random_cases(rnd, 4000)
    random_unicode_cases(rnd, 2000)
    random_verbose_cases(rnd, 400)
    random_templates(rnd, 800)
    random_errors(rnd, 2000)
    lines = "".join(json.dumps(case, ensure_ascii=False, sort_keys=True) + "\n" for case in CASES)
    with open(os.path.join(HERE, "cases.jsonl.gz"), "wb") as raw:
        # No name and no time in the header: the file depends only on its content.
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
            f.write(lines.encode("utf-8"))
    with open(os.path.join(HERE, "unicode.json"), "w", encoding="utf-8") as f:
        json.dump(unicode_tables(), f, separators=(",", ":"))
    print("%d cases" % len(CASES))


if __name__ == "__main__":
    main()
