print(ascii("abc"), ascii("é"), ascii("日本"), ascii("\n\t"), ascii("😀"))
print(ascii(1), ascii([1, "ü"]), ascii({"ß": "x"}), ascii(None), ascii(b"\xff"))
print(ascii(("a\u0100",)))

class R:
    def __repr__(self):
        return "R<ñ>"
print(ascii(R()), repr(R()))
try:
    ascii()
except TypeError as e:
    print(e)
