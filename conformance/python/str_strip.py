# Conformance: str strip.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'  hello  '.strip()", lambda: '  hello  '.strip())
t("'  hello  '.lstrip()", lambda: '  hello  '.lstrip())
t("'  hello  '.rstrip()", lambda: '  hello  '.rstrip())
t("'\\t\\n hello \\r\\x0b\\x0c'.strip()", lambda: '\t\n hello \r\x0b\x0c'.strip())
t("'\\x1c\\x1d hi \\x1e\\x1f'.strip()", lambda: '\x1c\x1d hi \x1e\x1f'.strip())
t("'\\xa0\\u3000hi\\u2028\\x85'.strip()", lambda: '\xa0\u3000hi\u2028\x85'.strip())
t("'xxhixx'.strip('x')", lambda: 'xxhixx'.strip('x'))
t("'xyhiyx'.strip('xy')", lambda: 'xyhiyx'.strip('xy'))
t("'xyhiyx'.lstrip('xy')", lambda: 'xyhiyx'.lstrip('xy'))
t("'xyhiyx'.rstrip('xy')", lambda: 'xyhiyx'.rstrip('xy'))
t("'hello'.strip('')", lambda: 'hello'.strip(''))
t("'hello'.strip(None)", lambda: 'hello'.strip(None))
t("'hello'.strip('helo')", lambda: 'hello'.strip('helo'))
t("'éühiüé'.strip('éü')", lambda: 'éühiüé'.strip('éü'))
t("'日本日語日'.strip('日')", lambda: '日本日語日'.strip('日'))
t("'   '.strip()", lambda: '   '.strip())
t("''.strip()", lambda: ''.strip())
t("''.strip('x')", lambda: ''.strip('x'))
t("'aébéa'.rstrip('a')", lambda: 'aébéa'.rstrip('a'))
t("'hello'.strip(1)", lambda: 'hello'.strip(1))
t("'hello'.lstrip(b'h')", lambda: 'hello'.lstrip(b'h'))
t("'hello'.rstrip(['o'])", lambda: 'hello'.rstrip(['o']))
t("'hello'.strip('h', 'o')", lambda: 'hello'.strip('h', 'o'))
t("'hello'.strip(chars='h')", lambda: 'hello'.strip(chars='h'))
