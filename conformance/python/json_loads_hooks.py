import json
print(json.loads('{"a": 1.5, "b": [1, 2], "c": 1e3}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s + "!"))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: [(k, d[k]) for k in d]))
print(json.loads('{"a": {"b": 1}, "c": 2, "a": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": {"b": 1}}', object_pairs_hook=lambda p: p, object_hook=lambda d: 1))
print(json.loads('{}', object_pairs_hook=tuple), json.loads('[{}]', object_hook=len))
try:
    json.loads('[1, 2.0]', parse_int=float, parse_float=int)
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads('12', parse_int=float), json.loads('1.25', parse_float=float))

def bad_hook(d):
    raise ValueError("hook failed for " + repr(d))

try:
    json.loads('{"x": [1]}', object_hook=bad_hook)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads('[1, 2]', unknown=1)
except TypeError as e:
    print(type(e).__name__, e)

class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k + "!": d[k] for k in d}

print(json.loads('{"a": {"b": 2}}', cls=Decoder))
print(json.loads('[1.5]', cls=Decoder, parse_float=str))
d = json.JSONDecoder()
print(d.decode(' [1, {"a": null}] '), d.raw_decode('[1] trailing'), d.raw_decode('xx"abc" more', 2))
print(d.raw_decode('{"é": "ü"} rest'), d.strict, d.object_hook, d.parse_float is float, d.parse_int is int)
for bad in ['[1] x', '  ']:
    try:
        d.decode(bad)
    except json.JSONDecodeError as e:
        print(e)
try:
    d.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(e)
print(json.JSONDecoder(strict=False).decode('"a\tb"'))
