import json
s = "héllo wörld ✓ 😀 \u2028 \u00ff \u0100 \uffff"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"clé": ["ü", "𝄞"]}))
print(json.dumps({"clé": ["ü", "𝄞"]}, ensure_ascii=False))
print(json.dumps("\x7f\x80\x9f"), json.dumps("\x7f\x80\x9f", ensure_ascii=False) == '"\x7f\x80\x9f"')
print(json.encoder.encode_basestring_ascii("é\n"), json.encoder.encode_basestring("é\n"))
