import json

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts += [s]

w = Writer()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, w)
print(w.parts)
w = Writer()
json.dump([1, [2, 3], {}], w, indent=2)
print(w.parts)
w = Writer()
json.dump({"z": 1, "a": {"y": [], "x": 2.5}}, w, sort_keys=True, separators=(",", ":"))
print(w.parts)
w = Writer()
try:
    json.dump([1, 2, object()], w)
except TypeError as e:
    print(type(e).__name__, e, w.parts)

class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

print(json.load(Reader('{"a": [1, 2.5, "x"]}')))
print(json.load(Reader('[1, 2]'), parse_int=float))
try:
    json.dump(1, object())
except AttributeError as e:
    print(e)
