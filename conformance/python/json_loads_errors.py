import json
cases = ['', ' ', '[', ']', '{', '}', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '{"a":}', '[1 2]', '"abc', '"a\\x"',
         '"\\u12"', '"\\u12zz"', '"a\nb"', '1.', '01', '-', '1e', '.5', 'nul', 'true false', '[1] x',
         ' \n [1,\n  2,\n  x]', '{"a": [1, {"b": nul}]}', '"\t"', '["a", "b"', '{"a": 1', '{"a": 1 "b"}', '[,1]',
         '1 2', '"\\"', '"\\', 'tru', '[-]', '[1.5e]', '\ufeff[1]', '[1,\n\n]', '[\n', 'x', '{"a"', '{"a":1,',
         '"\x1f"', '1\n\n2', '-01', '2.', '1.e5', '0x10', '+1', '"\\ud800\\u12"', '"é\\q"', 'é', '[1, é]',
         '{"é": 1, "x" 2}', '[0.5e+]', '-Infinit', 'NaNa']
for c in cases:
    try:
        r = json.loads(c)
        print(repr(c), "->", repr(r))
    except json.JSONDecodeError as e:
        print(repr(c), "!!", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == c)
for c in [1, None, [1], 2.5]:
    try:
        json.loads(c)
    except TypeError as e:
        print("TypeError", e)
for b in [b'\xff', b'"\xe2\x28\xa1"', b'[1, "\xc3']:
    try:
        json.loads(b)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
try:
    json.loads('[' * 100000)
except RecursionError as e:
    print("RecursionError", e)
try:
    json.loads('{"a":' * 100000)
except RecursionError as e:
    print("RecursionError", e)
