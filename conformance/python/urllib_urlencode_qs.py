from urllib.parse import urlencode, parse_qs, parse_qsl, quote

print(urlencode({"q": "hello world", "lang": "en", "n": 5}))
print(urlencode([("a", 1), ("a", 2), ("b", "x&y")]))
print(urlencode({"tags": ["a", "b c"], "one": "1"}, doseq=True), urlencode({"tags": ["a", "b"]}))
print(urlencode({"t": ("x", "y"), "s": "str", "n": 3}, doseq=True), urlencode({"path": "/a/b"}, safe="/"))
print(urlencode({"k": b"by tes", b"bk": "v"}), urlencode({"é": "ü"}), urlencode({"x": "a b"}, quote_via=quote))
print(urlencode({}), urlencode([]), urlencode({"e": ""}), urlencode({"none": None, "t": True}))
for bad in ["str", 5, [1, 2]]:
    try:
        urlencode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
qs = "a=1&b=2&a=3&c=&d&e=%20x+y&f=%E9"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(""), parse_qs("x=1&&y=2"), parse_qsl("=v&k="))
for kw in [{"strict_parsing": True}, {"max_num_fields": 2}, {"separator": ""}]:
    try:
        parse_qsl("a=1&&b&c=3", **kw)
    except ValueError as e:
        print(type(e).__name__, e)
print(parse_qsl("a=1&b=2", max_num_fields=2), parse_qs("k=%ff", errors="strict") if False else parse_qs("k=%ff"))
