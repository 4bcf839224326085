# Conformance: string constants.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

import string
t('string.ascii_letters', lambda: string.ascii_letters)
t('string.ascii_lowercase', lambda: string.ascii_lowercase)
t('string.ascii_uppercase', lambda: string.ascii_uppercase)
t('string.digits', lambda: string.digits)
t('string.hexdigits', lambda: string.hexdigits)
t('string.octdigits', lambda: string.octdigits)
t('string.punctuation', lambda: string.punctuation)
t('string.printable', lambda: string.printable)
t('string.whitespace', lambda: string.whitespace)
t('len(string.printable)', lambda: len(string.printable))
t('string.__name__', lambda: string.__name__)
t('string.__all__', lambda: string.__all__)
t("'a' in string.ascii_lowercase", lambda: 'a' in string.ascii_lowercase)
t('[c for c in string.punctuation if c not in string.printable]', lambda: [c for c in string.punctuation if c not in string.printable])
from string import ascii_letters, digits
t('ascii_letters + digits', lambda: ascii_letters + digits)
t("[c for c in 'a1!B ' if c in string.ascii_letters]", lambda: [c for c in 'a1!B ' if c in string.ascii_letters])
