import json
for s in ['null', 'true', 'false', '0', '-0', '-12', '1.5', '-1.5e-3', '1E+2', '1e5', '-0.0', '1.0e400', '-1e400',
          '123456789012345678901234567890', '"abc"', '""', '[]', '{}', '[1, "a", [2, {}]]', ' \n\t [ 1 , 2 ] \r\n',
          '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '{"a":1, "a":2}', 'NaN', 'Infinity', '-Infinity',
          '"\\u00e9\\u00E9 \\ud83d\\ude00 \\n\\t\\"\\\\\\/\\b\\f\\r"', '"é😀"', '[1]\n', '{ }', '[ ]', '{"":""}']:
    v = json.loads(s)
    print(repr(s), "->", repr(v), type(v).__name__)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(b'\xef\xbb\xbf{"a": 1}'))
print(json.loads(b'\xff\xfe[\x001\x00]\x00'), json.loads(b'[\x002\x00]\x00'), json.loads(b'\x00[\x003\x00]'))
print(json.loads(b'\xff\xfe\x00\x00[\x00\x00\x004\x00\x00\x00]\x00\x00\x00'))
print(json.loads('"a\\nb"', strict=False), repr(json.loads('"a\nb\x00"', strict=False)))
