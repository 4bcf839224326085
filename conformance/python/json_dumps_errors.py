import json

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

nan = float("nan")
t("nan c", lambda: json.dumps(nan, allow_nan=False))
t("nan py", lambda: json.dumps(nan, allow_nan=False, indent=1))
t("nan key c", lambda: json.dumps({nan: 1}, allow_nan=False))
t("inf key py", lambda: json.dumps({float("-inf"): 1}, allow_nan=False, indent=2))
t("inf list", lambda: json.dumps([1, float("inf")], allow_nan=False))
t("set", lambda: json.dumps({1, 2}))
t("set py", lambda: json.dumps([{1, 2}], indent=2))
t("bytes", lambda: json.dumps(b"x"))
t("object", lambda: json.dumps([1, {"k": object}]))
t("complex key", lambda: json.dumps({(1, 2): 1}))
t("indent float", lambda: json.dumps([1, [2]], indent=1.5))
t("sep short", lambda: json.dumps({"a": [1, 2]}, separators=(",",)))
t("sep long", lambda: json.dumps({"a": [1, 2]}, separators=(",", ":", ";")))
t("sep type c", lambda: json.dumps({"a": [1, 2]}, separators=(1, 2)))
t("sep type py", lambda: json.dumps({"a": [1, 2]}, separators=(1, 2), indent=2))
t("bad kw", lambda: json.dumps(1, foo=1))
t("positional", lambda: json.dumps(1, True))
t("no args", lambda: json.dumps())
t("str ascii", lambda: json.dumps("é", ensure_ascii=0))
