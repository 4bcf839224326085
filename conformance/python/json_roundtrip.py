import json
docs = [
    {"name": "hfc", "version": 1, "tags": ["go", "python"], "nested": {"deep": [1, [2, [3, {"x": None}]]]}},
    [0.1, 0.2, 0.30000000000000004, 1e-300, 1.7976931348623157e308, -5e-324, 2**63, -2**63 - 1],
    {"unicode": "snow ☃ and 😀 and \u0000 ctrl", "empty": "", "list": [], "obj": {}},
    [True, False, None, "true", "null", 0, -0.0],
]
for d in docs:
    s = json.dumps(d)
    back = json.loads(s)
    print(s)
    print(back == d, json.dumps(back) == s)
    s2 = json.dumps(d, indent=3, sort_keys=True, ensure_ascii=False)
    print(json.loads(s2) == d)
print(json.loads(json.dumps({1: "a", True: "b", None: "c"})))
