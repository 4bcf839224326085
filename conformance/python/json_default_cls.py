import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return [v for v in o]
    raise TypeError("cannot encode " + type(o).__name__)

print(json.dumps([Point(1, 2), {3}], default=enc))
print(json.dumps({"p": Point(0.5, None)}, default=enc, indent=2))
try:
    json.dumps(object(), default=enc)
except TypeError as e:
    print("TypeError", e)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps([Point(1, 2)], cls=PointEncoder))
print(PointEncoder(indent=1).encode({"a": Point(3, 4)}))
try:
    json.dumps([Point(1, 2), object()], cls=PointEncoder)
except TypeError as e:
    print("TypeError", e)
e = json.JSONEncoder(sort_keys=True, separators=(",", "="))
print(e.encode({"b": 1, "a": [1, 2]}), e.item_separator, e.key_separator, e.sort_keys, e.indent)
print(json.JSONEncoder().item_separator, json.JSONEncoder(indent=2).item_separator, json.JSONEncoder.key_separator)
print(list(json.JSONEncoder().iterencode({"a": [1, "x"]})))
print(list(json.JSONEncoder(indent=2).iterencode([1, {"k": [2]}])))
print(json.JSONEncoder().encode("é"), json.JSONEncoder(ensure_ascii=False).encode("é"))
print(isinstance(PointEncoder(), json.JSONEncoder), json.JSONEncoder.__module__)

class Upper(json.JSONEncoder):
    def encode(self, o):
        return "<<" + super().encode(o) + ">>"

print(json.dumps({"a": "b"}, cls=Upper))

class Chunky(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield "<" + chunk + ">"

print(Chunky().encode([1, 2]))
