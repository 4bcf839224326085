# Conformance: string capwords.
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
t("string.capwords('hello world')", lambda: string.capwords('hello world'))
t("string.capwords('  hello   wORLD  ')", lambda: string.capwords('  hello   wORLD  '))
t("string.capwords('hello-world foo-bar', '-')", lambda: string.capwords('hello-world foo-bar', '-'))
t("string.capwords('a--b', '-')", lambda: string.capwords('a--b', '-'))
t("string.capwords('')", lambda: string.capwords(''))
t("string.capwords('   ')", lambda: string.capwords('   '))
t('string.capwords("they\'re bill\'s")', lambda: string.capwords("they're bill's"))
t("string.capwords('élan ÜBER straße')", lambda: string.capwords('élan ÜBER straße'))
t("string.capwords('x\\ty\\nz')", lambda: string.capwords('x\ty\nz'))
t("string.capwords('hello world', None)", lambda: string.capwords('hello world', None))
t("string.capwords('hello world', '')", lambda: string.capwords('hello world', ''))
t("string.capwords(s='abc def')", lambda: string.capwords(s='abc def'))
t("string.capwords('abc def', sep=' ')", lambda: string.capwords('abc def', sep=' '))
t('string.capwords()', lambda: string.capwords())
t("string.capwords('a', 'b', 'c')", lambda: string.capwords('a', 'b', 'c'))
t('string.capwords(1)', lambda: string.capwords(1))
t("string.capwords('a b', 1)", lambda: string.capwords('a b', 1))
t("string.capwords('a b', x=1)", lambda: string.capwords('a b', x=1))
