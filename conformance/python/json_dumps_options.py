import json
data = {"b": [1, 2, {"z": 1, "y": [True, None]}], "a": [], "c": {}, "d": "x"}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(json.dumps(data, indent=-1))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=1))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" ,", " : "), indent=1))
print(json.dumps([1, [2, [3]]], indent=True))
print(json.dumps(data, indent=None, separators=None))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=2))
