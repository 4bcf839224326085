# Conformance: str unicode errors.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

def enc_err(s, codec):
    try:
        s.encode(codec)
    except UnicodeEncodeError as e:
        return (e.encoding, e.object, e.start, e.end, e.reason, e.args, str(e))
def dec_err(b, codec='utf-8'):
    try:
        b.decode(codec)
    except UnicodeDecodeError as e:
        return (e.encoding, e.object, e.start, e.end, e.reason, e.args, str(e))
t("enc_err('abé', 'ascii')", lambda: enc_err('abé', 'ascii'))
t("enc_err('aé€b', 'ascii')", lambda: enc_err('aé€b', 'ascii'))
t("enc_err('x🎉', 'latin-1')", lambda: enc_err('x🎉', 'latin-1'))
t("enc_err('€', 'latin-1')", lambda: enc_err('€', 'latin-1'))
t("dec_err(b'a\\xff')", lambda: dec_err(b'a\xff'))
t("dec_err(b'a\\xe4\\xb8')", lambda: dec_err(b'a\xe4\xb8'))
t("dec_err(b'\\xe4\\xb8x')", lambda: dec_err(b'\xe4\xb8x'))
t("dec_err(b'ab\\x80', 'ascii')", lambda: dec_err(b'ab\x80', 'ascii'))
t("repr(dec_err(b'\\xff')[5])", lambda: repr(dec_err(b'\xff')[5]))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(repr(e))
    print(type(e).__mro__)
try:
    'é'.encode('ascii')
except ValueError as e:
    print(repr(e))
t("str(UnicodeDecodeError('utf-8', b'abc', 1, 2, 'custom reason'))", lambda: str(UnicodeDecodeError('utf-8', b'abc', 1, 2, 'custom reason')))
t("str(UnicodeDecodeError('utf-8', b'abc', 0, 3, 'custom'))", lambda: str(UnicodeDecodeError('utf-8', b'abc', 0, 3, 'custom')))
t("str(UnicodeEncodeError('ascii', 'a\\u20acb', 1, 2, 'nope'))", lambda: str(UnicodeEncodeError('ascii', 'a\u20acb', 1, 2, 'nope')))
t("str(UnicodeEncodeError('ascii', 'abc', 0, 2, 'nope'))", lambda: str(UnicodeEncodeError('ascii', 'abc', 0, 2, 'nope')))
t("UnicodeDecodeError('utf-8', b'abc', 1, 2, 'r').start", lambda: UnicodeDecodeError('utf-8', b'abc', 1, 2, 'r').start)
t("UnicodeEncodeError('ascii', 'abc', 1, 2, 'r').reason", lambda: UnicodeEncodeError('ascii', 'abc', 1, 2, 'r').reason)
t("str(UnicodeError('plain'))", lambda: str(UnicodeError('plain')))
