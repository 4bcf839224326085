from urllib.parse import quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes

for s in ["abc def", "a/b/c", "~user_name-1.2", "100% sure?", "é&ü=ß", "", "a+b c", "emoji 😀", "semi;colon:at@"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"))
print(quote(b"a b\xff"), quote("abc", safe=b"b"), quote("x y", safe="é "), quote("é", encoding="latin-1"))
print(quote_from_bytes(b"abc def?"), quote_from_bytes(b""), quote_plus(b"a b+c"), quote_plus("a b", safe="+"))
for s in ["abc%20def", "%7e/abc+def", "%E9t%C3%A9", "100%", "%zz%4", "%C3", "%ff%fe", "caf%C3%A9 é %41", "%", "plain"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote(b"a%20b"), unquote("%E9", encoding="latin-1"), unquote("%ff", errors="ignore"), unquote_to_bytes(b"%41%42"))
for bad in [lambda: quote(5), lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"), lambda: quote_from_bytes("s"),
            lambda: quote("é", encoding="ascii")]:
    try:
        bad()
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
