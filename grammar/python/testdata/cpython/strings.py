s = 'single'
s = "double"
s = '''triple
single'''
s = """triple
double"""
s = ''
s = ""
s = ''''''
s = """"""
s = 'it\'s'
s = "say \"hi\""
s = '"'
s = "'"
s = """a "quoted" word"""
s = '''it's'''
s = "a" "b" 'c'
s = ("implicit "
     "concatenation "
     'across lines')
s = u"unicode"
s = U"upper u"
s = u"a" "b"
s = "a" u"b"
s = r"raw \n \d \\"
s = R"raw"
s = r'\''
s = r"\""
s = rb"raw bytes \x00"
s = Rb"x"
s = bR"x"
s = BR"x"
s = br'y'
s = b"bytes"
s = B"bytes"
s = b'\x00\xff\n'
s = b"a" b"b"
s = b''
s = b"\777"
s = "\a\b\f\n\r\t\v\\\'\"\0"
s = "\x41\x42"
s = "\u00e9\u20ac"
s = "\U0001F600"
s = "\101\102\7\77"
s = "\N{LATIN SMALL LETTER E WITH ACUTE}"
s = "\N{latin small letter a}"
s = "\N{BULLET} \N{EM DASH} \N{NO-BREAK SPACE}"
s = "\N{NBSP}\N{LF}\N{BYTE ORDER MARK}"
s = "\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE PWILH}"
s = "\N{GRINNING FACE}\N{CJK COMPATIBILITY IDEOGRAPH-F900}"
s = "\ud800"
s = "\udfff\ud83d\ude00"
s = "line\
continued"
s = """multi
line \
joined"""
s = 'tab\there'
s = "é" + 'ü' + "日本語"
s = "emoji 😀 text"
s = "nul\x00byte"
s = "del\x7f c1\x85 c1end\x9f"
s = "\u2028\u2029"
s = 'x' * 3
s = """"quote" at start"""
s = '''ends with quote"'''
s = "a\
"
