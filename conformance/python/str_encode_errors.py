# Conformance: str encode errors.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'héllo'.encode('ascii')", lambda: 'héllo'.encode('ascii'))
t("'hé€llo'.encode('ascii')", lambda: 'hé€llo'.encode('ascii'))
t("'héé'.encode('ascii')", lambda: 'héé'.encode('ascii'))
t("'aé€🎉b'.encode('ascii')", lambda: 'aé€🎉b'.encode('ascii'))
t("'h€llo'.encode('latin-1')", lambda: 'h€llo'.encode('latin-1'))
t("'🎉'.encode('latin-1')", lambda: '🎉'.encode('latin-1'))
t("'\\U0010ffff'.encode('ascii')", lambda: '\U0010ffff'.encode('ascii'))
t("'日本'.encode('latin-1')", lambda: '日本'.encode('latin-1'))
t("'aé€🎉bü'.encode('ascii', 'ignore')", lambda: 'aé€🎉bü'.encode('ascii', 'ignore'))
t("'aé€🎉bü'.encode('ascii', 'replace')", lambda: 'aé€🎉bü'.encode('ascii', 'replace'))
t("'aé€🎉bü'.encode('ascii', 'xmlcharrefreplace')", lambda: 'aé€🎉bü'.encode('ascii', 'xmlcharrefreplace'))
t("'aé€🎉bü'.encode('ascii', 'backslashreplace')", lambda: 'aé€🎉bü'.encode('ascii', 'backslashreplace'))
t("'aé€🎉bü'.encode('latin-1', 'ignore')", lambda: 'aé€🎉bü'.encode('latin-1', 'ignore'))
t("'aé€🎉bü'.encode('latin-1', 'replace')", lambda: 'aé€🎉bü'.encode('latin-1', 'replace'))
t("'aé€🎉bü'.encode('latin-1', 'xmlcharrefreplace')", lambda: 'aé€🎉bü'.encode('latin-1', 'xmlcharrefreplace'))
t("'aé€🎉bü'.encode('latin-1', 'backslashreplace')", lambda: 'aé€🎉bü'.encode('latin-1', 'backslashreplace'))
t("'aé€'.encode('ascii', 'nonsense')", lambda: 'aé€'.encode('ascii', 'nonsense'))
t("'aé€'.encode('ascii', 'surrogateescape')", lambda: 'aé€'.encode('ascii', 'surrogateescape'))
t("'aé€'.encode('ascii', 'strict')", lambda: 'aé€'.encode('ascii', 'strict'))
try:
    'xxé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    'xxé€'.encode('ascii')
except UnicodeError as e:
    print('caught as UnicodeError:', e)
